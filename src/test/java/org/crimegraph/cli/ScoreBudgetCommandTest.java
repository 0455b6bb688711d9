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
 * {@code score --budget}: on the sample case, a zero budget samples (ε 0.2) and says so in the table,
 * the JSON, the audit line, the saved run ({@code runs}, {@code report}) and the run summary; the
 * default budget scores it exactly; step timings follow the results on stderr.
 */
class ScoreBudgetCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path store;
    static Path audit;
    static CliTest.Run sampled;

    @BeforeAll
    static void ingestAndScoreWithAZeroBudget() {
        store = dir.resolve("store");
        audit = dir.resolve("audit.jsonl");
        CliTest.run(args("ingest", "sample-data", "--rejects", dir.resolve("rejects.csv").toString())).ok();
        sampled = CliTest.run(args("score", "--budget", "0", "--save", "--threads", "2", "--quiet",
                "--summary", dir.resolve("summary.json").toString())).ok();
    }

    @Test
    void theTableStatesTheSampledModeAndTheStepTimingsFollowOnStderr() {
        assertThat(sampled.out()).contains("Scoring mode: sampled, ε = 0.2, δ = 0.1, seed 1:",
                "closeness and harmonic from 176 sampled sources (Eppstein–Wang 2004)",
                "chosen by --budget (a zero budget samples at the largest ε");
        assertThat(sampled.err()).containsPattern("run steps: projection read \\d+\\.\\d s · analysis \\d+\\.\\d s · "
                + "write \\d+\\.\\d s");
    }

    @Test
    void theSavedRunTheSummaryAndTheAuditLineKeepTheMode() throws Exception {
        JsonNode runs = JSON.readTree(CliTest.run(args("runs", "--format", "json")).ok().out());
        JsonNode mode = runs.get(0).get("mode");
        assertThat(mode.get("name").asText()).isEqualTo("sampled");
        assertThat(mode.get("epsilon").asDouble()).isEqualTo(0.2);
        assertThat(mode.get("delta").asDouble()).isEqualTo(0.1);
        // ln(2·56/0.1) / 0.2² = 175.5… → 176 sampled sources
        assertThat(mode.get("distanceSamples").asInt()).isEqualTo(176);
        assertThat(mode.get("betweennessSamples").asInt()).isPositive();
        assertThat(runs.get(0).get("stepSeconds").get("write").asDouble()).isPositive();
        assertThat(CliTest.run(args("runs")).ok().out()).contains("ε 0.2");

        JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("parameters").get("mode").get("name").asText()).isEqualTo("sampled");
        assertThat(summary.get("parameters").get("mode").get("description").asText()).contains("Eppstein–Wang");
        assertThat(summary.get("stepSeconds").get("analysis").asDouble()).isPositive();
        assertThat(summary.get("stepSeconds").has("projection")).isTrue();

        List<String> lines = Files.readAllLines(audit);
        String scoreLine = lines.stream().filter(l -> l.contains("\"score\"")).reduce((a, b) -> b).orElseThrow();
        assertThat(scoreLine).contains("sampled, ε = 0.2");

        Path html = dir.resolve("report.html");
        CliTest.run(args("report", "latest", "--out", html.toString())).ok();
        assertThat(Files.readString(html)).contains("Scoring mode", "sampled, ε = 0.2", "Run steps");
    }

    @Test
    void theDefaultBudgetScoresTheSampleCaseExactlyAndJsonSaysSo() throws Exception {
        CliTest.Run run = CliTest.run(args("score", "--format", "json", "--quiet")).ok();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("scoringMode").get("name").asText()).isEqualTo("exact");
        assertThat(root.get("scoringMode").get("plan").asText()).contains("fits the budget of 30 min");
        assertThat(root.get("stepSeconds").has("write")).isFalse();
        assertThat(root.get("stepSeconds").get("analysis").asDouble()).isPositive();
        assertThat(run.err()).contains("scoring steps: projection read").doesNotContain("write");
    }

    @Test
    void anExplicitEpsilonSamplesClosenessAndHarmonicToo() throws Exception {
        JsonNode root = JSON.readTree(CliTest.run(args("score", "--format", "json", "--quiet", "--epsilon", "0.1")).ok()
                .out());
        assertThat(root.get("scoringMode").get("name").asText()).isEqualTo("sampled");
        assertThat(root.get("scoringMode").get("distanceSamples").asInt()).isEqualTo(703);
        assertThat(root.get("scoringMode").has("plan")).isFalse();
    }

    @Test
    void epsilonAndBudgetTogetherAreRefusedWithAClearMessage() {
        CliTest.Run run = CliTest.run(args("score", "--epsilon", "0.1", "--budget", "10s"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--epsilon and --budget").doesNotContain("Exception");
        CliTest.Run bad = CliTest.run(args("score", "--budget", "soon"));
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'soon' is not a duration");
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store.toString()));
        if (!args[0].equals("runs")) {
            all.addAll(List.of("--audit-log", audit.toString()));
        }
        return all.toArray(String[]::new);
    }
}
