package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every command that scores now takes the scoring mode of {@code score} ({@link ScoringModeOption}) and says
 * which mode its numbers come from: {@code node} and {@code export} without {@code --run}, on the sample case.
 */
class ScoringModeEverywhereTest extends SampleStoreTest {

    @Test
    void nodeSaysWhenItSampledAndItsJsonAlwaysGivesTheMode() throws Exception {
        CliTest.Run exact = CliTest.run("node", "P039", "--store", store.toString()).ok();
        assertThat(exact.out()).doesNotContain("Scoring mode");

        CliTest.Run sampled = CliTest.run("node", "P039", "--epsilon", "0.1", "--store", store.toString()).ok();
        assertThat(sampled.out()).contains("Scoring mode: sampled, ε = 0.1, δ = 0.1");

        CliTest.Run json = CliTest.run("node", "P039", "--budget", "0", "--format", "json", "--store", store.toString());
        json.ok();
        JsonNode mode = new ObjectMapper().readTree(json.out()).get("scoringMode");
        assertThat(mode.get("name").asText()).isEqualTo("sampled");
        assertThat(mode.get("epsilon").asDouble()).isEqualTo(0.2);
    }

    @Test
    void anExportScoredNowStatesItsModeInTheManifestAndOneOfASavedRunStatesTheRunsMode() throws Exception {
        Path sampled = dir.resolve("sampled");
        CliTest.Run export = CliTest.run("export", "--format", "csv", "--epsilon", "0.1", "--out", sampled.toString(),
                "--store", store.toString()).ok();
        JsonNode analyses = new ObjectMapper().readTree(sampled.resolve("manifest.json").toFile()).get("analyses");
        assertThat(analyses.get("scoringMode").asText()).startsWith("sampled, ε = 0.1, δ = 0.1, seed 1");

        CliTest.Run save = CliTest.run("score", "--save", "--store", store.toString()).ok();
        Path fromRun = dir.resolve("run");
        CliTest.Run run = CliTest.run("export", "--run", "latest", "--format", "csv", "--out", fromRun.toString(),
                "--store", store.toString()).ok();
        JsonNode saved = new ObjectMapper().readTree(fromRun.resolve("manifest.json").toFile()).get("analyses");
        assertThat(saved.get("scoringMode").asText()).startsWith("exact");

        CliTest.Run refused = CliTest.run("export", "--run", "latest", "--budget", "10m", "--out",
                dir.resolve("refused").toString(), "--store", store.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("with --run the saved run's own scores are exported");
    }
}
