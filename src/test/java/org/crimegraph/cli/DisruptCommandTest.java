package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code crimegraph disrupt} on the sample case (sample-data/README.md): one ingest into one embedded
 * store for the class, then the table with reasons and curve files, and JSON.
 */
class DisruptCommandTest extends SampleStoreTest {

    static CliTest.Run table;
    static CliTest.Run json;

    @BeforeAll
    static void disrupt() {
        table = CliTest.run("disrupt", "--store", store.toString(), "--k", "6", "--measure", "DF",
                "--strategy", "all", "--steps", "8", "--random-runs", "5", "--recovery", "random",
                "--out", dir.resolve("out").toString(), "--threads", "2", "--stability", "5", "--drop", "10",
                "--drop-below", "2C");
        json = CliTest.run("disrupt", "--store", store.toString(), "--k", "3", "--measure", "F",
                "--strategy", "articulation", "--steps", "2", "--format", "json", "--threads", "2");
    }

    /** The reasons printed under one target's heading. */
    private static String reasonsOf(String id) {
        String why = table.out().substring(table.out().indexOf("Why:"));
        String from = why.substring(why.indexOf(". " + id + " "));
        return from.lines().skip(1).takeWhile(l -> l.startsWith("   - ")).collect(Collectors.joining("\n"));
    }

    @Test
    void recommendsTheThreeBrokersAndTheCourier() {
        table.ok();
        List<String> ids = new ArrayList<>();
        for (String line : table.out().lines().toList()) {
            if (line.matches("\\s+\\d+\\s+P\\d{3}\\s.*") && ids.size() < 6) {
                ids.add(line.trim().split("\\s+")[1]);
            }
        }
        assertThat(ids).hasSize(6).contains("P010", "P020", "P040", "P039");
        assertThat(table.out()).contains("Expected effect of removing all 6: fragmentation F", "efficiency");
    }

    @Test
    void theCourierIsExplainedAsTheCutPointOfTheDropOffGroup() {
        String courier = reasonsOf("P039");
        assertThat(courier).contains("articulation point: removal cuts off 4 persons (P046, P047, P048, P049)");
        assertThat(courier).contains("strongest links:").contains("reports RPT-");
    }

    @Test
    void theBrokersAreExplainedByBetweennessNotByCutting() {
        for (String broker : List.of("P010", "P020", "P040")) {
            String reasons = reasonsOf(broker);
            assertThat(reasons).as(broker).contains("not an articulation point");
            assertThat(reasons).as(broker).containsPattern("betweenness rank [1-4] of 56");
            assertThat(reasons).as(broker).contains("adds ").contains("distance-weighted fragmentation DF");
            assertThat(reasons).as(broker).contains("strongest links:").contains("reports RPT-");
        }
        assertThat(reasonsOf("P020")).contains("betweenness rank 1 of 56");
    }

    @Test
    void strategiesAreComparedAtTheSameNumberOfRemovals() {
        // the key-player curve has k = 6 steps, the others --steps 8: every row is read after 6 removals
        assertThat(table.out()).contains("Removal strategies compared after the same 6 removals");
        String section = table.out().substring(table.out().indexOf("Removal strategies compared"));
        List<String> rows = section.lines().skip(3).takeWhile(l -> !l.isBlank()).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(row -> assertThat(row.trim().split("\\s+")[2]).as(row).isEqualTo("6"));
    }

    @Test
    void comparesAllStrategiesAndWritesCsvAndCharts() throws Exception {
        assertThat(table.out()).contains("Removal strategies compared", "betweenness-sequential", "collective-influence",
                "articulation", "key-players", "random", "Recovery (random rewiring", "verdict:");
        Path out = dir.resolve("out");
        List<String> csv = Files.readAllLines(out.resolve("removal-curves.csv"));
        assertThat(csv.get(0)).isEqualTo("strategy,mode,k,removed,lcc,lccFraction,components,fragmentation,efficiency");
        // articulation-first removes the courier first: the drop-off group of 4 is cut off (lcc 49 -> 44)
        String firstCut = csv.stream().filter(l -> l.startsWith("articulation,sequential,1,")).findFirst().orElseThrow();
        assertThat(firstCut).startsWith("articulation,sequential,1,P039,44,0.8979591836734694,8,");
        for (String chart : List.of("removal-lcc.svg", "removal-efficiency.svg")) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve(chart).toFile());
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            // one line per strategy (9)
            assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(9);
        }
    }

    @Test
    void reportsRankStability() {
        assertThat(table.out()).contains("Rank stability of the top 6 by the composite target score",
                "drop links whose weakest report is graded below 2C, then drop 10% of the remaining links at random",
                "5 seeded runs", "Kendall tau-b");
        assertThat(table.out()).containsPattern("1\\. P0\\d\\d .* stays in the top 6 in +\\d+% of runs");
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        json.ok();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("pathLength", "strategies", "keyPlayers");
        assertThat(root.get("pathLength").asText()).startsWith("1/weight"); // the target scoring's default
        JsonNode strategy = root.get("strategies").get(0);
        assertThat(strategy.fieldNames()).toIterable().containsExactly("name", "mode", "steps");
        assertThat(strategy.get("name").asText()).isEqualTo("articulation");
        assertThat(strategy.get("mode").asText()).isEqualTo("sequential");
        JsonNode first = strategy.get("steps").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("k", "removed", "lcc", "lccFraction", "components", "fragmentation", "efficiency");
        assertThat(first.get("k").asInt()).isEqualTo(1);
        assertThat(first.get("removed").asText()).isEqualTo("P039");
        assertThat(first.get("lcc").asInt()).isEqualTo(44);
        JsonNode kp = root.get("keyPlayers");
        assertThat(kp.fieldNames()).toIterable().containsExactly("measure", "set", "score");
        assertThat(kp.get("measure").asText()).isEqualTo("F");
        List<String> set = new ArrayList<>();
        kp.get("set").forEach(n -> set.add(n.asText()));
        // sample-data/README.md: the broker P010 and the courier P039 among the F key players of size 3
        assertThat(set).hasSize(3).contains("P010", "P039");
        assertThat(kp.get("score").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theBrokersAreSaidToBridgeTheirCommunities() {
        // the scoring's Leiden communities are the planted cells (sample-data/README.md), so each broker
        // links several of them
        for (String broker : List.of("P010", "P020", "P040")) {
            assertThat(reasonsOf(broker)).as(broker).contains("bridges communities");
        }
    }

    @Test
    void withinCommunityRecoveryRunsOnTheScoringsCommunities() {
        CliTest.Run run = CliTest.run("disrupt", "--store", store.toString(), "--k", "3", "--measure", "F",
                "--strategy", "degree", "--steps", "2", "--recovery", "within-community", "--threads", "2").ok();
        assertThat(run.out()).contains("within-community");
    }
}
