package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code scripts/verify_measures.py --quick}: every per-vertex measure against NetworkX and
 * igraph on the karate club, the Florentine families and seeded generated graphs. Skipped where
 * Debian's python3-networkx and python3-igraph are not installed; the full run is
 * {@code /usr/bin/python3 scripts/verify_measures.py} (docs/algorithms.md).
 */
class VerifyMeasuresScriptTest {

    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void everyMeasureEqualsNetworkxAndIgraph() throws Exception {
        assumeTrue(new File(PYTHON).canExecute() && exitCode(PYTHON, "-c", "import networkx") == 0,
                "python3-networkx not installed");
        assumeTrue(exitCode(PYTHON, "-c", "import igraph") == 0, "python3-igraph not installed");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(PYTHON, "scripts/verify_measures.py", "--quick")
                .redirectErrorStream(true);
        builder.environment().put("CRIMEGRAPH_CLASSPATH", classPath);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("OK: every measure equals NetworkX and igraph");
    }

    private static int exitCode(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
