package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchlists and alerts: P030 and P012 are watched on the sample case; a second ingest brings a shareable
 * report (RPT-W01: P030 meets P045 and P010) and a restricted one (RPT-W02, handling C: P012 in contact with
 * P021, on a new phone). The internal run raises alerts citing both reports; the partner run only those
 * resting on RPT-W01 about persons a partner may see.
 */
class WatchAlertsTest {

    @TempDir
    static Path dir;

    static Path store;
    static Path audit;
    static JsonNode internal;
    static JsonNode partner;

    @BeforeAll
    static void twoNights() throws Exception {
        store = dir.resolve("store");
        audit = dir.resolve("audit.jsonl");
        CliTest.run(args("ingest", "sample-data", "--rejects", dir.resolve("r1.csv").toString())).ok();
        CliTest.Run added = CliTest.run(args("watch", "add", "P030", "Rebaz Karim", "--reason", "Op TIDE")).ok();
        assertThat(added.out()).contains("watching P030 (Op TIDE)", "watching P012");
        // first night: everyone's baseline, no alert
        JsonNode first = summary("score", "--save", "--key-players", "0");
        assertThat(first.get("alerts")).isEmpty();
        summary("score", "--save", "--key-players", "0", "--release-to", "partner");
        CliTest.run(args("ingest", "src/test/resources/watch/night2", "--rejects", dir.resolve("r2.csv").toString())).ok();
        internal = summary("score", "--save", "--key-players", "0");
        partner = summary("score", "--save", "--key-players", "0", "--release-to", "partner");
    }

    @Test
    void aWatchedPersonsNewLinkRaisesAnAlertCitingTheReport() {
        assertThat(alerts(internal, "P030", "NEW_LINK")).containsExactlyInAnyOrder(
                "new link with P045 Benoît Lambert (associate; weight 3.00) [RPT-W01]",
                "new link with P010 Yannick Boulanger (associate; weight 3.00) [RPT-W01]");
        assertThat(alerts(internal, "P012", "NEW_LINK")).containsExactly(
                "new link with P021 Darren Cooke (associate; weight 3.00) [RPT-W02]");
        assertThat(alerts(internal, "P012", "NEW_HOLDING")).containsExactly("now tied to phone +447700900999 (USES) [RPT-W02]");
        // the new link P030-P010 brings P030 within two links of P012 (P010-P012 was known)
        assertThat(alerts(internal, "P030", "NEAR_WATCHED")).singleElement().asString()
                .startsWith("now within 2 links of watched P012 Rebaz Karim: P030 – P010 – P012").contains("RPT-W01");
    }

    @Test
    void aPartnerRunRaisesNoAlertRestingOnRestrictedReports() {
        // P045 is known only from a restricted report (RPT-005), so a partner does not see the P030-P045 link either
        assertThat(alerts(partner, "P030", "NEW_LINK")).containsExactly(
                "new link with P010 Yannick Boulanger (associate; weight 3.00) [RPT-W01]");
        assertThat(partner.toString()).doesNotContain("RPT-W02").doesNotContain("+447700900999")
                .doesNotContain("new link with P021").doesNotContain("P045");
        assertThat(alerts(partner, "P012", "NEW_LINK")).isEmpty();
        assertThat(alerts(partner, "P012", "NEW_HOLDING")).isEmpty();
    }

    @Test
    void alertsListsTheNewestRunsAlertsUnderTheRuleAndIsAudited() throws Exception {
        CliTest.Run table = CliTest.run(args("alerts")).ok();
        assertThat(table.out()).contains(internal.get("runId").asText(), "new_link", "RPT-W02", "P021 Darren Cooke");
        CliTest.Run shared = CliTest.run(args("alerts", "--release-to", "partner", "--format", "json")).ok();
        JsonNode json = new ObjectMapper().readTree(shared.out());
        assertThat(json.get("runs")).extracting(JsonNode::asText).containsExactly(partner.get("runId").asText());
        assertThat(json.get("alerts")).hasSize(partner.get("alerts").size());
        assertThat(shared.out()).doesNotContain("RPT-W02");
        CliTest.Run list = CliTest.run(args("watch", "list")).ok();
        assertThat(list.out()).contains("P012", "P030", "Op TIDE", "Night Job");
        String log = Files.readString(audit);
        assertThat(log).contains("\"watch add\"", "\"alerts\"", "\"watch list\"");
        CliTest.run(args("watch", "remove", "P012")).ok();
        assertThat(CliTest.run(args("watch", "list")).ok().out()).doesNotContain("P012");
    }

    @Test
    void anUnknownPersonCannotBeWatched() {
        CliTest.Run run = CliTest.run(args("watch", "add", "P999"));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("P999");
    }

    private static List<String> alerts(JsonNode summary, String person, String kind) {
        List<String> found = new ArrayList<>();
        for (JsonNode a : summary.get("alerts")) {
            if (a.get("personId").asText().equals(person) && a.get("kind").asText().equals(kind)) {
                List<String> reports = new ArrayList<>();
                a.get("reportIds").forEach(r -> reports.add(r.asText()));
                found.add(a.get("detail").asText() + (reports.isEmpty() ? "" : " [" + String.join(", ", reports) + "]"));
            }
        }
        return found;
    }

    private static JsonNode summary(String... args) throws Exception {
        Path file = dir.resolve("summary-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--summary", file.toString(), "--threads", "1"));
        CliTest.run(args(all.toArray(String[]::new))).ok();
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store.toString(), "--audit-log", audit.toString(), "--analyst", "Night Job"));
        return all.toArray(String[]::new);
    }
}
