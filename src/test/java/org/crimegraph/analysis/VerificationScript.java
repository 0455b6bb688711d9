package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A Python script under {@code scripts/} that checks crimegraph against NetworkX or igraph, run by
 * Debian's {@code /usr/bin/python3} on this test run's class path ({@code CRIMEGRAPH_CLASSPATH}); a test
 * using it is skipped where python3 or the modules it needs are not installed.
 */
public final class VerificationScript {

    private static final String PYTHON = "/usr/bin/python3";

    private VerificationScript() {
    }

    /** Skips the calling test unless python3 can import every one of {@code modules} ({@code python3-MODULE}). */
    public static void assumeModules(String... modules) throws IOException, InterruptedException {
        assumeTrue(new File(PYTHON).canExecute(), PYTHON + " not installed");
        for (String module : modules) {
            assumeTrue(exitCode(PYTHON, "-c", "import " + module) == 0, "python3-" + module + " not installed");
        }
    }

    /** Runs {@code script --quick}; asserts it ends within five minutes with exit code 0; returns its output. */
    public static String runQuick(String script) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(PYTHON, script, "--quick").redirectErrorStream(true);
        builder.environment().put("CRIMEGRAPH_CLASSPATH", classPath);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static int exitCode(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
