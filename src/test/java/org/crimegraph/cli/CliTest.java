package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's documented exit codes and messages, run in-process through {@link CrimegraphCommand#execute}. */
class CliTest {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** The CLI, or one command, run on the two streams it is given; returns the exit code. */
    @FunctionalInterface
    interface Invocation {
        int run(PrintWriter out, PrintWriter err);
    }

    /** Runs {@code invocation} on fresh streams: what it printed and its exit code (every in-process run of the tests). */
    static Run capture(Invocation invocation) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = invocation.run(o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return capture((o, e) -> CrimegraphCommand.execute(o, e, args));
    }

    /**
     * Ingests the sample case through {@code crimegraph ingest} into {@code dir/store}, its rejects to
     * {@code dir/rejects.csv}, and fails the test unless the ingest exits OK; returns the store folder.
     */
    static Path ingestSample(Path dir) {
        Path store = dir.resolve("store");
        Run ingest = run("ingest", "sample-data", "--store", store.toString(), "--rejects", dir.resolve("rejects.csv").toString());
        assertThat(ingest.code()).as(ingest.err()).isEqualTo(ExitCodes.OK);
        return store;
    }

    @Test
    void helpExitsZeroAndListsTheSubcommands() {
        Run run = run("--help");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("db", "ingest", "score", "node", "export", "demo", "audit", "Exit codes");
    }

    @Test
    void versionExitsZeroAndPrintsAVersion() {
        Run run = run("--version");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("crimegraph \\S+").contains("Neo4j");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("--no-such-option");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void anUnknownScoreFormatIsAUsageError() {
        Run run = run("score", "--format", "nope", "--store", dir.resolve("never-opened").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nope");
        assertThat(dir.resolve("never-opened")).doesNotExist();
    }

    @Test
    void ingestOfAFileWithAnUnknownHeaderIsBadInputNamingFileAndLine() throws Exception {
        Path file = dir.resolve("mystery.csv");
        Files.writeString(file, "foo,bar,baz\n1,2,3\n", StandardCharsets.UTF_8);
        Run run = run("ingest", file.toString(), "--store", dir.resolve("db").toString(),
                "--rejects", dir.resolve("rejects.csv").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file.toString()).contains("line 1").contains("unknown header");
    }

    @Test
    void ingestOfABinaryFileIsBadInput() throws Exception {
        Path file = dir.resolve("photo.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});
        Run run = run("ingest", file.toString(), "--store", dir.resolve("db").toString(),
                "--rejects", dir.resolve("rejects.csv").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file.toString()).contains("binary");
    }

    @Test
    void anUnreachableServerIsStoreUnavailable() {
        // The password comes from NEO4J_PASSWORD or a console prompt; never prompt inside a test.
        assumeTrue(System.getenv("NEO4J_PASSWORD") != null || System.console() == null,
                "a console is attached and NEO4J_PASSWORD is unset: the command would prompt");
        Run run = run("db", "status", "--uri", "bolt://127.0.0.1:1");
        assertThat(run.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        if (System.getenv("NEO4J_PASSWORD") == null) {
            assertThat(run.err()).contains("set NEO4J_PASSWORD");
        } else {
            assertThat(run.err()).contains("cannot reach the server at bolt://127.0.0.1:1");
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aStoreFolderHeldOpenElsewhereIsStoreUnavailable() {
        Path folder = dir.resolve("busy");
        try (GraphStore held = GraphStore.open(new StoreTarget.Embedded(folder))) {
            Run run = run("db", "status", "--store", folder.toString());
            assertThat(run.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(run.err()).contains("store in use").doesNotContain("\tat ");
        }
    }
}
