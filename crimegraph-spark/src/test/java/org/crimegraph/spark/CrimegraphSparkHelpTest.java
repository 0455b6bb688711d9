package org.crimegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Each crimegraph-spark command documents itself with examples; bad usage is a message, not a stack trace. */
class CrimegraphSparkHelpTest {

    private static String run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CrimegraphSpark.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        assertThat(line.execute(args)).as(String.join(" ", args)).isEqualTo(expectedCode);
        return out + err.toString();
    }

    @Test
    void everyCommandHasExamples() {
        assertThat(run(0, "score", "--help")).contains("Examples:").contains("spark-submit")
                .contains("--uri").contains("--partitions").contains("--epsilon").contains("--release-to");
        assertThat(run(0, "compare", "--help")).contains("Example:").contains("--tolerance");
        assertThat(run(0, "--help")).contains("score").contains("compare");
        assertThat(run(0, "--version")).contains("crimegraph-spark").contains("Apache Spark 3.5");
    }

    @Test
    void badUsageIsAMessage() {
        String text = run(CrimegraphSpark.USAGE, "score", "--uri", "bolt://127.0.0.1:1", "--partitions", "many");
        assertThat(text).contains("--partitions").doesNotContain("\tat ");
        assertThat(run(CrimegraphSpark.USAGE, "compare", "only-one-run")).contains("RUN_B");
    }
}
