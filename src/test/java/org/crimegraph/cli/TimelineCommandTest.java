package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code crimegraph timeline} on a hand-built store case whose calls span three months; each window's
 * measures are checked against NetworkX on that window's network ({@link TimelineReference}, printed and
 * re-checked by {@code scripts/verify_timeline.py}).
 */
class TimelineCommandTest extends IngestedCaseTest {

    @BeforeAll
    static void load() throws IOException {
        Path data = Files.createDirectories(dir.resolve("case"));
        Files.writeString(data.resolve("reports.csv"), """
                reportId,agency,receivedAt,caseId,grade,handling,summary
                R1,NCA,2026-04-01T00:00:00Z,CASE-1,1B,P,call data and persons
                R2,DNRED,2026-04-02T00:00:00Z,CASE-2,2B,C,intercept (restricted)
                """);
        StringBuilder persons = new StringBuilder("reportId,personId,name,aliases,dob,nationality\n");
        StringBuilder phones = new StringBuilder("reportId,personId,phone,from,to\n");
        for (int i = 1; i <= 10; i++) {
            persons.append("R1,T").append(i).append(",Person ").append(i).append(",,1980-01-01,GB\n");
            phones.append(String.format("R1,T%d,+4477009000%02d,2025-01-01,%n", i, i));
        }
        Files.writeString(data.resolve("persons.csv"), persons);
        Files.writeString(data.resolve("phones.csv"), phones);
        // scripts/verify_timeline.py: CALLS (R1, one call per pair and month) and RESTRICTED (R2)
        Files.writeString(data.resolve("calls.csv"), """
                reportId,callId,caller,callee,start,durationS
                R1,K01,+447700900001,+447700900002,2026-01-05T08:00:00Z,60
                R1,K02,+447700900001,+447700900003,2026-01-05T09:00:00Z,60
                R1,K03,+447700900001,+447700900004,2026-01-05T10:00:00Z,60
                R1,K04,+447700900001,+447700900005,2026-01-05T11:00:00Z,60
                R1,K05,+447700900002,+447700900003,2026-01-05T12:00:00Z,60
                R1,K06,+447700900005,+447700900006,2026-01-05T13:00:00Z,60
                R1,K07,+447700900002,+447700900003,2026-02-10T08:00:00Z,60
                R1,K08,+447700900003,+447700900004,2026-02-10T09:00:00Z,60
                R1,K09,+447700900004,+447700900005,2026-02-10T10:00:00Z,60
                R1,K10,+447700900005,+447700900006,2026-02-10T11:00:00Z,60
                R1,K11,+447700900002,+447700900006,2026-02-10T12:00:00Z,60
                R2,K12,+447700900001,+447700900008,2026-02-10T20:00:00Z,60
                R1,K13,+447700900002,+447700900003,2026-03-15T08:00:00Z,60
                R1,K14,+447700900003,+447700900004,2026-03-15T09:00:00Z,60
                R1,K15,+447700900002,+447700900004,2026-03-15T10:00:00Z,60
                R1,K16,+447700900005,+447700900006,2026-03-15T11:00:00Z,60
                R1,K17,+447700900006,+447700900007,2026-03-15T12:00:00Z,60
                R1,K18,+447700900005,+447700900007,2026-03-15T13:00:00Z,60
                R1,K19,+447700900004,+447700900005,2026-03-15T14:00:00Z,60
                """);
        Files.writeString(data.resolve("associations.csv"), """
                reportId,personA,personB,kind
                R1,T9,T10,social
                """);
        ingest(data);
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--format", "json", "--threads", "1", "--quiet"));
        all.addAll(List.of(args));
        CliTest.Run run = runner.run(new TimelineCommand(), all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        return JSON.readTree(run.out());
    }

    /** Community number -> members, in window {@code w}. */
    private static Set<Set<String>> partition(JsonNode root, int w) {
        Map<Integer, Set<String>> communities = new TreeMap<>();
        for (JsonNode p : root.get("persons")) {
            JsonNode place = p.get("windows").get(w);
            if (!place.isNull()) {
                communities.computeIfAbsent(place.get("community").asInt(), c -> new TreeSet<>()).add(p.get("id").asText());
            }
        }
        return Set.copyOf(communities.values());
    }

    @Test
    void eachWindowsMeasuresAreNetworkxsOnThatWindowsNetwork() throws Exception {
        JsonNode root = json("--window", "P1M", "--charts", dir.resolve("charts").toString());
        assertThat(root.get("pathLength").asText()).startsWith("1/weight");
        assertThat(root.get("evidence").asText()).contains("undated evidence in every window");
        JsonNode windows = root.get("windows");
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0).get("window").asText()).isEqualTo("2026-01-01/2026-02-01");
        assertThat(windows.get(2).get("window").asText()).isEqualTo("2026-03-01/2026-04-01");
        TimelineReference.Window[] expected = {TimelineReference.W1, TimelineReference.W2, TimelineReference.W3};
        for (int w = 0; w < 3; w++) {
            JsonNode got = windows.get(w);
            TimelineReference.Window ref = expected[w];
            assertThat(got.get("persons").asInt()).isEqualTo(ref.persons());
            assertThat(got.get("links").asInt()).isEqualTo(ref.links());
            assertThat(got.get("density").asDouble()).isCloseTo(ref.density(), offset(1e-12));
            assertThat(got.get("components").asInt()).isEqualTo(ref.components());
            assertThat(got.get("largestComponent").asInt()).isEqualTo(ref.largest());
            assertThat(got.get("degreeCentralisation").asDouble()).isCloseTo(ref.degreeCentralisation(), offset(1e-12));
            assertThat(got.get("betweennessCentralisation").asDouble())
                    .isCloseTo(ref.betweennessCentralisation(), offset(1e-12));
            int seen = 0;
            for (JsonNode p : root.get("persons")) {
                JsonNode place = p.get("windows").get(w);
                String id = p.get("id").asText();
                assertThat(place.isNull()).as(id + " in window " + w).isEqualTo(!ref.betweenness().containsKey(id));
                if (!place.isNull()) {
                    seen++;
                    JsonNode m = place.get("measures");
                    assertThat(m.get("betweenness").get("value").asDouble()).as(id)
                            .isCloseTo(ref.betweenness().get(id), offset(1e-12));
                    assertThat(m.get("closeness").get("value").asDouble()).as(id)
                            .isCloseTo(ref.closeness().get(id), offset(1e-12));
                    assertThat(m.get("harmonic").get("value").asDouble()).as(id)
                            .isCloseTo(ref.harmonic().get(id), offset(1e-12));
                }
            }
            assertThat(seen).isEqualTo(ref.persons());
        }
        // Leiden's partitions and NetworkX's modularity of them (nx.community.modularity)
        assertThat(partition(root, 0)).isEqualTo(Set.of(Set.of("T1", "T2", "T3", "T4"), Set.of("T5", "T6"),
                Set.of("T9", "T10")));
        assertThat(windows.get(0).get("modularity").asDouble()).isCloseTo(TimelineReference.W1_MODULARITY, offset(1e-12));
        assertThat(partition(root, 2)).isEqualTo(Set.of(Set.of("T2", "T3", "T4"), Set.of("T5", "T6", "T7"),
                Set.of("T9", "T10")));
        assertThat(windows.get(2).get("modularity").asDouble()).isCloseTo(TimelineReference.W3_MODULARITY, offset(1e-12));

        // entering and leaving: T1 (the hub) goes quiet after February; T7 enters in March
        assertThat(windows.get(0).get("entering")).extracting(JsonNode::asText)
                .containsExactly("T1", "T10", "T2", "T3", "T4", "T5", "T6", "T9");
        assertThat(windows.get(1).get("entering")).extracting(JsonNode::asText).containsExactly("T8");
        assertThat(windows.get(2).get("entering")).extracting(JsonNode::asText).containsExactly("T7");
        assertThat(windows.get(2).get("leaving")).extracting(JsonNode::asText).containsExactly("T1", "T8");
        // rank change: T1 tops betweenness in January; in March T4 and T5 share the top
        JsonNode t1 = person(root, "T1").get("windows");
        assertThat(t1.get(0).get("measures").get("betweenness").get("rank").asInt()).isEqualTo(1);
        assertThat(t1.get(2).isNull()).isTrue();
        assertThat(person(root, "T4").get("windows").get(2).get("measures").get("betweenness").get("rank").asInt())
                .isEqualTo(1);

        for (String chart : List.of("betweenness-rank.svg", "network-size.svg", "centralisation.svg")) {
            assertThat(Files.readString(dir.resolve("charts").resolve(chart))).startsWith("<svg").contains("2026-02-01");
        }
        // one network frame a window, on one layout: T1 stays where it was when it goes quiet in March, drawn faint
        String january = Files.readString(dir.resolve("charts/frame-01.svg"));
        String march = Files.readString(dir.resolve("charts/frame-03.svg"));
        assertThat(january).contains("<desc>Window 2026-01-01/2026-02-01 (1 of 3): 8 persons with links");
        assertThat(march).containsPattern("<circle [^>]*fill=\"#eceef1\"[^>]*><title>T1 [^<]*no link in 2026-03-01");
        assertThat(x(march, "T1")).isEqualTo(x(january, "T1"));
        assertThat(x(march, "T5")).isEqualTo(x(january, "T5"));
        assertThat(january).containsPattern("<circle [^>]*fill=\"#eceef1\"[^>]*><title>T7 ");
        String audit = Files.readString(dir.resolve("audit.jsonl"));
        assertThat(audit).contains("\"timeline\"").contains("betweenness-rank.svg").contains("frame-03.svg")
                .contains("\"windows\":3");
    }

    /** The x position of a person's dot (a circle's centre, or a diamond's top corner, which has the same x). */
    private static String x(String svg, String person) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(?:circle cx=\"([0-9.]+)\"|path d=\"M([0-9.]+) )"
                + "[^>]*><title>" + person + " ").matcher(svg);
        assertThat(m.find()).as(person + " drawn").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void theVerificationScriptAgreesWithTheOutput() throws Exception {
        String python = "/usr/bin/python3";
        assumeTrue(new java.io.File(python).canExecute() && new ProcessBuilder(python, "-c", "import networkx")
                .start().waitFor() == 0, "python3-networkx not installed");
        Path out = dir.resolve("timeline.json");
        Files.writeString(out, JSON.writeValueAsString(json("--window", "P1M")));
        Process check = new ProcessBuilder(python, "scripts/verify_timeline.py", "--check", out.toString())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(said).isZero();
        assertThat(said).contains("largest difference from NetworkX");
    }

    private static JsonNode person(JsonNode root, String id) {
        for (JsonNode p : root.get("persons")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in the timeline");
    }

    @Test
    void aPartnerReleaseHidesTheRestrictedCallInEveryWindow() throws Exception {
        JsonNode root = json("--window", "P1M", "--release-to", "partner");
        assertThat(root.get("evidence").asText()).contains("only reports with handling code P");
        for (JsonNode p : root.get("persons")) {
            assertThat(p.get("id").asText()).isNotEqualTo("T8");
        }
        // February without T1-T8: NetworkX on the partner window (5-cycle T2..T6 plus T9-T10)
        JsonNode february = root.get("windows").get(1);
        assertThat(february.get("persons").asInt()).isEqualTo(7);
        assertThat(february.get("links").asInt()).isEqualTo(6);
        assertThat(february.get("components").asInt()).isEqualTo(2);
        assertThat(person(root, "T1").get("windows").get(1).isNull()).isTrue();
    }

    @Test
    void datedOnlyLeavesTheUndatedAssociationOutOfEveryWindow() throws Exception {
        JsonNode root = json("--windows", "2026-01-01/2026-02-01,2026-03-01/2026-04-01", "--dated-only");
        assertThat(root.get("evidence").asText()).contains("undated evidence left out");
        assertThat(root.get("windows")).hasSize(2);
        assertThat(root.get("windows").get(0).get("persons").asInt()).isEqualTo(TimelineReference.W1.persons() - 2);
        assertThat(root.get("windows").get(1).get("links").asInt()).isEqualTo(TimelineReference.W3.links() - 1);
        for (JsonNode p : root.get("persons")) {
            assertThat(p.get("id").asText()).isNotIn("T9", "T10");
        }
    }

    @Test
    void theTableAndTheCsvStateTheRulesAndTheWindows() {
        CliTest.Run table = runner.run(new TimelineCommand(), "--window", "P1M", "--threads", "1", "--quiet");
        assertThat(table.code()).as(table.err()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("Timeline: 3 windows", "Path lengths: 1/weight", "Freeman (1979)",
                "2026-02-01/2026-03-01", "Betweenness rank per window", "2026-03-01: +T7; -T1 -T8");
        CliTest.Run csv = runner.run(new TimelineCommand(), "--window", "P1M", "--format", "csv", "--threads", "1",
                "--quiet", "--path-length", "hops");
        assertThat(csv.code()).as(csv.err()).isEqualTo(ExitCodes.OK);
        String[] lines = csv.out().split("\\R");
        assertThat(lines[0]).startsWith("window,from,to,persons,links,density");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("2026-01-01/2026-02-01,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,8,7,")
                .contains("hops");
    }

    @Test
    void badWindowsAreUsageErrorsNamingTheOption() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(new TimelineCommand(), "--window", "monthly"))
                .hasMessageContaining("--window").hasMessageContaining("P1M");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(new TimelineCommand(), "--windows",
                "2026-02-01/2026-01-01")).hasMessageContaining("ends before it starts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(new TimelineCommand(), "--windows",
                "2026-01-01/2026-02-01", "--from", "2026-01-01")).hasMessageContaining("--from/--to");
    }

    @Test
    void pathAndNodeTakeThePathLengthOption() throws Exception {
        CliTest.Run weighted = runner.run(new PathCommand(), "T2", "T5", "--path-length", "inverse-weight",
                "--format", "json");
        assertThat(weighted.code()).as(weighted.err()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(weighted.out()).get("distance").asText()).startsWith("1/weight");
        CliTest.Run hops = runner.run(new PathCommand(), "T2", "T5", "--format", "json");
        assertThat(JSON.readTree(hops.out()).get("distance").asText()).startsWith("hops"); // path's default
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(new PathCommand(), "T2", "T5", "--weighted",
                "--path-length", "hops")).hasMessageContaining("--path-length hops");
        CliTest.Run node = runner.run(new NodeCommand(), "T4", "--path-length", "hops", "--format", "json",
                "--threads", "1");
        assertThat(node.code()).as(node.err()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(node.out()).get("pathLength").asText()).startsWith("hops");
    }
}
