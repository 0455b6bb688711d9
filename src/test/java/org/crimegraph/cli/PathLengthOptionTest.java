package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --path-length hops|inverse-weight} on an edge list: hops gives NetworkX's unweighted betweenness,
 * closeness and harmonic; inverse-weight (the default) NetworkX's with distance 1/weight
 * ({@link KarateReference}).
 */
class PathLengthOptionTest {

    @TempDir
    static Path dir;

    static Path edges;

    @BeforeAll
    static void writeEdges() throws Exception {
        edges = KarateReference.writeEdges(dir);
    }

    private static JsonNode score(String... extra) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("score", "--edges", edges.toString(),
                "--format", "json", "--audit-log", dir.resolve("audit.jsonl").toString()));
        args.addAll(java.util.List.of(extra));
        CliTest.Run run = CliTest.run(args.toArray(String[]::new)).ok();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertMeasure(JsonNode root, String measure, Map<String, Double> expected) {
        assertThat(root.get("nodes")).hasSize(expected.size());
        for (JsonNode node : root.get("nodes")) {
            assertThat(node.get(measure).asDouble()).as(measure + " of " + node.get("id").asText())
                    .isCloseTo(expected.get(node.get("id").asText()), offset(1e-9));
        }
    }

    @Test
    void hopsGivesNetworkxUnweightedBetweennessClosenessAndHarmonic() throws Exception {
        JsonNode root = score("--path-length", "hops");
        assertThat(root.get("pathLength").asText()).startsWith("hops");
        assertMeasure(root, "betweenness", KarateReference.HOPS_BETWEENNESS);
        assertMeasure(root, "closeness", KarateReference.HOPS_CLOSENESS);
        assertMeasure(root, "harmonic", KarateReference.HOPS_HARMONIC);
        assertThat(Files.readString(dir.resolve("audit.jsonl"))).contains("\"pathLength\":\"hops");
    }

    @Test
    void theEdgeListDefaultStaysInverseWeight() throws Exception {
        for (JsonNode root : new JsonNode[] {score(), score("--path-length", "inverse-weight")}) {
            assertThat(root.get("pathLength").asText()).startsWith("1/weight");
            assertMeasure(root, "betweenness", KarateReference.INVERSE_WEIGHT_BETWEENNESS);
            assertMeasure(root, "closeness", KarateReference.INVERSE_WEIGHT_CLOSENESS);
            assertMeasure(root, "harmonic", KarateReference.INVERSE_WEIGHT_HARMONIC);
        }
        // the two conventions really differ on this graph
        assertThat(KarateReference.HOPS_BETWEENNESS.get("K00"))
                .isNotCloseTo(KarateReference.INVERSE_WEIGHT_BETWEENNESS.get("K00"), offset(1e-3));
    }

    @Test
    void disruptStatesThePathLengthItScoredWith() throws Exception {
        CliTest.Run run = CliTest.run("disrupt", "--edges", edges.toString(), "--k", "1", "--strategy", "degree",
                "--steps", "1", "--random-runs", "1", "--restarts", "1", "--threads", "1", "--path-length", "hops",
                "--audit-log", dir.resolve("audit2.jsonl").toString()).ok();
        assertThat(run.out()).contains("Path lengths (target scoring): hops");
    }

    @Test
    void anUnknownPathLengthIsAUsageError() {
        CliTest.Run run = CliTest.run("score", "--edges", edges.toString(), "--path-length", "miles");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--path-length").contains("miles");
    }
}
