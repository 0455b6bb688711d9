package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimegraph.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crimegraph.cli.CliTest.Run;

/** {@code crimegraph generate}: writes a case, prints the summary, refuses a folder that is not empty. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesACaseAndRefusesAFolderThatIsNotEmptyUnlessForced() throws Exception {
        Path out = dir.resolve("case");
        CliTest.Run first = CliTest.run("generate", "--persons", "60", "--calls", "500", "--seed", "3", "--quiet", "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("calls.csv", "500", "persons: 60", "restricted (C)", "expected person network");
        assertThat(first.err()).isEmpty();
        byte[] calls = Files.readAllBytes(out.resolve("calls.csv"));

        CliTest.Run again = CliTest.run("generate", "--persons", "60", "--out", out.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("is not empty").contains("--force");

        CliTest.Run forced = CliTest.run("generate", "--persons", "60", "--calls", "500", "--seed", "3", "--quiet", "--force",
                "--out", out.toString());
        assertThat(forced.code()).isZero();
        assertThat(Files.readAllBytes(out.resolve("calls.csv"))).isEqualTo(calls);

        CliTest.Run bad = CliTest.run("generate", "--persons", "5", "--out", dir.resolve("other").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--persons must be between");
        CliTest.Run backwards = CliTest.run("generate", "--from", "2024-05-01", "--to", "2024-01-01", "--out", dir.resolve("x").toString());
        assertThat(backwards.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(backwards.err()).contains("before --from");
    }
}
