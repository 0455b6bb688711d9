package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code suggest-links} with the store signals on a hand-built case: P001 and P005 are far apart in the network
 * but both call +447700900100, a number no person uses; P003 and P007 both call +447700900200, but P003's call
 * is known only from a restricted report (handling C), so a partner release must not see that signal.
 */
class SuggestLinksStoreSignalsTest extends IngestedCaseTest {

    @BeforeAll
    static void ingestTheHandBuiltCase() throws IOException {
        Path folder = dir.resolve("case");
        Files.createDirectories(folder);
        write(folder, "reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary",
                "R1,NCA,2024-03-01T09:00:00Z,OP-1,1B,P,shareable",
                "R2,NCA,2024-03-02T09:00:00Z,OP-1,1B,C,restricted");
        List<String> persons = new ArrayList<>(List.of("reportId,personId,name,aliases,dob,nationality"));
        for (int p = 1; p <= 8; p++) {
            persons.add("R1,P00" + p + ",Person " + p + ",,1980-01-0" + p + ",GB");
        }
        write(folder, "persons.csv", persons.toArray(new String[0]));
        write(folder, "associations.csv", "reportId,personA,personB,kind",
                "R1,P001,P002,family", "R1,P003,P004,family", "R1,P005,P006,family", "R1,P007,P008,family");
        write(folder, "phones.csv", "reportId,personId,phone,from,to",
                "R1,P001,+447700900001,2023-01-01,", "R1,P003,+447700900003,2023-01-01,",
                "R1,P005,+447700900005,2023-01-01,", "R1,P007,+447700900007,2023-01-01,");
        write(folder, "calls.csv", "reportId,callId,caller,callee,start,durationS",
                "R1,C1,+447700900001,+447700900100,2024-02-05T10:00:00Z,60",
                "R1,C2,+447700900005,+447700900100,2024-02-06T10:00:00Z,60",
                "R2,C3,+447700900003,+447700900200,2024-02-07T10:00:00Z,60",
                "R1,C4,+447700900007,+447700900200,2024-02-08T10:00:00Z,60");
        ingest(folder);
    }

    private static void write(Path folder, String name, String... lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static JsonNode suggest(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--format", "json", "--top", "100"));
        all.addAll(List.of(args));
        CliTest.Run run = runner.run(new SuggestLinksCommand(), all.toArray(new String[0]));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        return JSON.readTree(run.out());
    }

    private static JsonNode pair(JsonNode root, String a, String b) {
        for (JsonNode s : root.get("suggestions")) {
            if (s.get("source").asText().equals(a) && s.get("target").asText().equals(b)) {
                return s;
            }
        }
        return null;
    }

    @Test
    void twoUnlinkedPersonsCallingTheSameUnownedNumberAreSuggestedWithThatReason() throws IOException {
        JsonNode root = suggest();
        assertThat(root.get("storeSignals").asBoolean()).isTrue();
        JsonNode s = pair(root, "P001", "P005");
        assertThat(s).as(root.toString()).isNotNull();
        assertThat(s.get("features").get("commonNeighbours").asInt()).isZero();
        assertThat(s.get("features").get("commonNumberCount").asInt()).isEqualTo(1);
        assertThat(s.get("features").get("commonNumbers").asDouble()).isEqualTo(1 / Math.log(2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("reasons").get(0).asText()).isEqualTo("both called +447700900100, a number no person is "
                + "known to use (2 persons in calls with it) (common numbers 1.44)");
        assertThat(s.get("label").asText()).isEqualTo("suggested, not evidence");
        // the internal view also sees the pair whose signal rests on the restricted report
        assertThat(pair(root, "P003", "P007")).isNotNull();
        CliTest.Run table = runner.run(new SuggestLinksCommand(), "--for", "P005");
        assertThat(table.out()).contains("Store signals used").contains("P001")
                .contains("both called +447700900100, a number no person is known to use");
    }

    @Test
    void aPartnerReleaseSeesNoSignalOnlyARestrictedReportSupports() throws IOException {
        JsonNode partner = suggest("--release-to", "partner");
        assertThat(pair(partner, "P001", "P005")).isNotNull();
        assertThat(pair(partner, "P003", "P007")).as(partner.toString()).isNull();
        assertThat(partner.toString()).doesNotContain("+447700900200");
        CliTest.Run csv = runner.run(new SuggestLinksCommand(), "--format", "csv", "--release-to", "partner");
        assertThat(csv.out()).doesNotContain("+447700900200");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("source,target,score,source_name,target_name,"
                + "common_neighbours,jaccard,adamic_adar,resource_allocation,katz,same_community,common_numbers,"
                + "activity_overlap,common_contacts,reasons,label");
    }

    @Test
    void anEdgeListKeepsTheStructuralFeaturesAlone() throws IOException {
        Path edges = KarateReference.writeEdges(dir);
        CliTest.Run csv = CliTest.run("suggest-links", "--edges", edges.toString(), "--format", "csv", "--top", "3",
                "--audit-log", dir.resolve("edges-audit.jsonl").toString());
        assertThat(csv.code()).as(csv.err()).isEqualTo(ExitCodes.OK);
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("source,target,score,source_name,"
                + "target_name,common_neighbours,jaccard,adamic_adar,resource_allocation,katz,same_community,"
                + "common_contacts,reasons,label");
        CliTest.Run json = CliTest.run("suggest-links", "--edges", edges.toString(), "--format", "json", "--top", "3",
                "--audit-log", dir.resolve("edges-audit.jsonl").toString());
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.has("storeSignals")).isFalse();
        assertThat(root.get("model").get("coefficients").size()).isEqualTo(7);
        assertThat(root.get("suggestions").get(0).get("features").has("commonNumbers")).isFalse();
    }
}
