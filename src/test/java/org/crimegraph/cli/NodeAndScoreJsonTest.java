package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimegraph.cli.SampleCase.readCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code score --format json} and {@code node ID} on the sample case, run in-process through the CLI
 * against one embedded store loaded once for the class.
 */
class NodeAndScoreJsonTest extends SampleStoreTest {

    private static final List<String> MEASURES = List.of("degree", "strength", "betweenness", "betweennessRaw",
            "pagerank", "closeness", "harmonic", "eigenvector", "coreness", "clustering");

    @Test
    void scoreJsonGivesEveryMeasureOfEveryPersonAndTheStructure() throws Exception {
        // sampled betweenness, closeness and harmonic here, to cover --epsilon/--seed too; every other measure is exact
        CliTest.Run run = CliTest.run("score", "--format", "json", "--top", "3", "--epsilon", "0.05", "--seed", "3",
                "--store", store.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode nodes = root.get("nodes");
        assertThat(nodes.size()).isEqualTo(56);
        for (JsonNode node : nodes) {
            for (String measure : MEASURES) {
                assertThat(node.has(measure)).as("%s has %s", node.get("id"), measure).isTrue();
            }
            assertThat(node.get("degree").isIntegralNumber()).isTrue();
            assertThat(node.get("coreness").isIntegralNumber()).isTrue();
        }
        double pagerank = 0;
        double eigenSquares = 0;
        for (JsonNode node : nodes) {
            pagerank += node.get("pagerank").asDouble();
            eigenSquares += Math.pow(node.get("eigenvector").asDouble(), 2);
        }
        assertThat(pagerank).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(eigenSquares).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        // 7 components, the largest of 49; the courier P039 is the articulation point (sample-data/README.md)
        assertThat(root.get("components").size()).isEqualTo(7);
        assertThat(root.get("components").get(0).asInt()).isEqualTo(49);
        assertThat(root.get("articulationPoints").toString()).contains("P039");
        assertThat(root.get("bridges").isArray()).isTrue();
        for (JsonNode bridge : root.get("bridges")) {
            assertThat(bridge.size()).isEqualTo(2);
        }
        assertThat(root.get("betweennessMethod").asText()).contains("Riondato", "seed 3", "±");
        // --top limits the table only: JSON lists every person's target entry (issue 16)
        assertThat(root.get("targets").size()).isEqualTo(nodes.size());
        assertThat(root.get("targets").get(0).get("reasons").size()).isPositive();
    }

    @Test
    void nodeShowsEveryMeasureWithItsRankAndTheLinksWithTheirEvidence() throws Exception {
        CliTest.Run run = CliTest.run("node", "P020", "--format", "json", "--links", "3", "--store", store.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("id").asText()).isEqualTo("P020");
        assertThat(root.get("name").asText()).isEqualTo("Gary Whitfield");
        List<String> keys = new ArrayList<>();
        root.get("measures").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(MEASURES);
        // the organiser leads the sample case on betweenness (DemoCommandTest: P020 is among the top targets)
        assertThat(root.get("measures").get("betweenness").get("rank").asInt()).isEqualTo(1);
        assertThat(root.get("measures").get("degree").get("of").asInt()).isEqualTo(56);
        assertThat(root.get("target").get("rank").asInt()).isBetween(1, 3);
        JsonNode links = root.get("links");
        assertThat(links.size()).isEqualTo(3);
        assertThat(root.get("linkCount").asInt()).isGreaterThanOrEqualTo(3);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode link : links) {
            assertThat(link.get("weight").asDouble()).isLessThanOrEqualTo(previous);
            previous = link.get("weight").asDouble();
            assertThat(link.get("reports").size()).isPositive();
            assertThat(link.get("weakestGrade").asText()).matches("[1-3][A-E]");
            assertThat(link.get("handling").asText()).isIn("P", "C");
        }
    }

    @Test
    void nodeForAPartnerRestsOnlyOnShareableReports() throws IOException {
        Set<String> restricted = SampleCase.restrictedReports();
        CliTest.Run run = CliTest.run("node", "P020", "--release-to", "partner", "--links", "50", "--store", store.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("P020", "Strongest links", "Why (as a target)");
        for (String report : restricted) {
            assertThat(run.out()).doesNotContain(report);
        }
        // a person known only from restricted reports is not in the partner network at all
        String hidden = SampleCase.restrictedPersons().stream().sorted().findFirst().orElseThrow();
        CliTest.Run refused = CliTest.run("node", hidden, "--release-to", "partner", "--store", store.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(refused.err()).contains("no person matches '" + hidden + "'");
        assertThat(refused.out()).isEmpty();
    }
}
