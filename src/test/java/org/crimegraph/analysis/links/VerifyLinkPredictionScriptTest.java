package org.crimegraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code scripts/verify-link-prediction --quick}: crimegraph's suggested links against NetworkX's
 * classic predictors on the same seeded splits of the karate club and a planted partition. Skipped where
 * Debian's python3-networkx is not installed; the full run and its table are in docs/algorithms.md.
 */
class VerifyLinkPredictionScriptTest {

    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void hiddenLinksComeBackAtLeastAsWellAsWithNetworkx() throws Exception {
        assumeTrue(new File(PYTHON).canExecute() && exitCode(PYTHON, "-c", "import networkx") == 0,
                "python3-networkx not installed");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(PYTHON, "scripts/verify-link-prediction", "--quick")
                .redirectErrorStream(true);
        builder.environment().put("CRIMEGRAPH_CLASSPATH", classPath);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("OK: crimegraph's mean AUC is above 0.75");
        // on both quick networks the model's AUC is above every NetworkX predictor's (table rows)
        for (String row : output.lines().filter(l -> l.startsWith("| karate") || l.startsWith("| planted"))
                .filter(l -> l.split("\\|").length == 11).toList()) {
            String[] cells = row.split("\\|");
            double model = Double.parseDouble(cells[5].trim().split(" ")[0]);
            for (int c = 6; c <= 9; c++) {
                assertThat(model).as(row).isGreaterThan(Double.parseDouble(cells[c].trim().split(" ")[0]));
            }
        }
    }

    private static int exitCode(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
