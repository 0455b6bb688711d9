package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --edges} and {@code disrupt --edges}: analysis of an edge-list file with no store. */
class EdgeListCommandsTest {

    @TempDir
    static Path dir;

    static Path edges;

    @BeforeAll
    static void writeEdges() throws Exception {
        // two triangles A-B-C and D-E-F joined by the bridge C-D; the row B,A adds to A-B; E,E is a self-loop
        edges = dir.resolve("edges.csv");
        Files.writeString(edges, "\uFEFFsource;target;weight\r\nA;B;1\r\nB;C;1\r\nC;A;1\r\nC;D;1\r\nD;E;1\r\nE;F;1\r\n"
                + "F;D;1\r\nB;A;2\r\nE;E;5\r\n", StandardCharsets.UTF_8);
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--edges", edges.toString(), "--audit-log", dir.resolve("audit.jsonl").toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void scoreGivesTheDocumentedJsonForAnEdgeList() throws Exception {
        CliTest.Run run = CliTest.run(args("score", "--format", "json", "--threads", "2")).ok();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("evidence").asText()).contains("edge list").contains("do not apply");
        assertThat(root.get("nodes")).hasSize(6);
        JsonNode c = root.get("nodes").get(2);
        assertThat(c.get("id").asText()).isEqualTo("C");
        // C lies on the paths from A and B to D, E and F: 6 of the 10 pairs of other persons
        // (hop counts and 1/weight agree here except A-B, whose weight 3 makes it shorter still)
        assertThat(c.get("betweennessRaw").asDouble()).isEqualTo(6.0);
        assertThat(c.get("betweenness").asDouble()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.get("degree").asInt()).isEqualTo(3);
        assertThat(root.get("nodes").get(0).get("strength").asDouble()).isEqualTo(4.0); // A: A-B 1+2, A-C 1
        assertThat(root.get("articulationPoints")).extracting(JsonNode::asText).containsExactly("C", "D");
        assertThat(root.get("bridges")).hasSize(1);
        assertThat(root.get("components")).extracting(JsonNode::asInt).containsExactly(6);
        assertThat(root.get("communities").get("count").asInt()).isEqualTo(2);
        assertThat(root.get("nodes").get(0).get("community").asInt())
                .isEqualTo(root.get("nodes").get(1).get("community").asInt())
                .isNotEqualTo(root.get("nodes").get(4).get("community").asInt());
        assertThat(Files.readString(dir.resolve("audit.jsonl"))).contains("\"score\"").contains("sha256:");
    }

    @Test
    void disruptFindsTheBridgeEndAsTheKeyPlayer() throws Exception {
        CliTest.Run run = CliTest.run(args("disrupt", "--k", "1", "--measure", "F", "--strategy", "degree",
                "--steps", "1", "--format", "json", "--threads", "1")).ok();
        JsonNode kp = new ObjectMapper().readTree(run.out()).get("keyPlayers");
        // removing C or D leaves {A,B} and {the other triangle}: F = 1 - (2 + 6) / (5 * 4) = 0.6; ties go to the smaller id
        assertThat(kp.get("set")).extracting(JsonNode::asText).containsExactly("C");
        assertThat(kp.get("score").asDouble()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aBadWeightIsBadInputNamingFileLineAndField() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "source,target,weight\nA,B,1\nB,C,heavy\n", StandardCharsets.UTF_8);
        CliTest.Run run = CliTest.run("score", "--edges", bad.toString(), "--audit-log", dir.resolve("a2.jsonl").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad.csv").contains("3").contains("weight").contains("heavy");
    }

    @Test
    void saveDoesNotApplyToAnEdgeList() {
        CliTest.Run run = CliTest.run(args("score", "--save"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--save");
    }
}
