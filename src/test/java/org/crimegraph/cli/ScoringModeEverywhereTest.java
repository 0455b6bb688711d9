package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command that scores now takes the scoring mode of {@code score} ({@link ScoringModeOption}) and says
 * which mode its numbers come from: {@code node} and {@code export} without {@code --run}, on the sample case.
 */
class ScoringModeEverywhereTest extends SampleStoreTest {

    @Test
    void nodeSaysWhenItSampledAndItsJsonAlwaysGivesTheMode() throws Exception {
        CliTest.Run exact = CliTest.run("node", "P039", "--store", store.toString());
        assertThat(exact.code()).as(exact.err()).isEqualTo(ExitCodes.OK);
        assertThat(exact.out()).doesNotContain("Scoring mode");

        CliTest.Run sampled = CliTest.run("node", "P039", "--epsilon", "0.1", "--store", store.toString());
        assertThat(sampled.code()).as(sampled.err()).isEqualTo(ExitCodes.OK);
        assertThat(sampled.out()).contains("Scoring mode: sampled, ε = 0.1, δ = 0.1");

        CliTest.Run json = CliTest.run("node", "P039", "--budget", "0", "--format", "json", "--store", store.toString());
        assertThat(json.code()).as(json.err()).isEqualTo(ExitCodes.OK);
        JsonNode mode = new ObjectMapper().readTree(json.out()).get("scoringMode");
        assertThat(mode.get("name").asText()).isEqualTo("sampled");
        assertThat(mode.get("epsilon").asDouble()).isEqualTo(0.2);
    }

    @Test
    void anExportScoredNowStatesItsModeInTheManifestAndOneOfASavedRunStatesTheRunsMode() throws Exception {
        assertThat(exportedMode("sampled", "--epsilon", "0.1")).startsWith("sampled, ε = 0.1, δ = 0.1, seed 1");

        CliTest.Run save = CliTest.run("score", "--save", "--store", store.toString());
        assertThat(save.code()).as(save.err()).isEqualTo(ExitCodes.OK);
        assertThat(exportedMode("run", "--run", "latest")).startsWith("exact");

        CliTest.Run refused = CliTest.run("export", "--run", "latest", "--budget", "10m", "--out",
                dir.resolve("refused").toString(), "--store", store.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("with --run the saved run's own scores are exported");
    }

    /** Exports the sample store as CSV into {@code dir/folder} with {@code args}; the scoring mode its manifest states. */
    private String exportedMode(String folder, String... args) throws Exception {
        Path out = dir.resolve(folder);
        List<String> all = new ArrayList<>(List.of("export", "--format", "csv", "--out", out.toString(), "--store",
                store.toString()));
        all.addAll(List.of(args));
        CliTest.Run export = CliTest.run(all.toArray(String[]::new));
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCodes.OK);
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("analyses").get("scoringMode").asText();
    }
}
