package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crimegraph.generate.CaseGenerator;
import org.crimegraph.generate.GenerateOptions;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed ingest resumes to the same graph as an uninterrupted one. The ingest runs in a separate JVM
 * (same class path) which is killed with {@code destroyForcibly} (SIGKILL: no shutdown hook, no clean
 * close) as soon as the child's ledger shows a committed batch (the child watches its own ledger: the embedded
 * store is closed to other processes). The
 * store is then reopened (Neo4j recovers from its transaction log), the same files are ingested again,
 * and the whole graph is compared, every node, relationship and property, with a clean run's.
 * Then the idempotence of a full re-ingest ({@code --reload}) is checked against the same dump.
 */
class IngestResumeTest {

    private static final int CALLS = 6_000;
    private static final int BATCH = 50;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesToTheSameGraphAndReingestChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        new CaseGenerator(new GenerateOptions(300, CALLS, 7, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 12, 31), 0.2), data, QUIET, false).generate();
        Path calls = data.resolve("calls.csv");
        List<Path> files = List.of(data.resolve("reports.csv"), calls);
        long totalBatches = (CALLS + BATCH - 1) / BATCH;

        Path killedStore = dir.resolve("killed");
        long completedAtKill = runAndKill(killedStore, files);
        assertThat(completedAtKill).isGreaterThanOrEqualTo(1);

        List<String> resumedGraph;
        IngestSummary resumed;
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(killedStore))) {
            long completed = callsEntry(store).completedBatches();
            assertThat(completed).as("killed before the end").isBetween(1L, totalBatches - 1);
            resumed = new Ingestion(store, IngestContext.defaults(), BATCH, QUIET).run(files);
            resumedGraph = GraphDump.of(store);
            IngestSummary.FileCounts callCounts = resumed.files().get(1);
            assertThat(callCounts.resumedBatches()).isEqualTo(completed);
            assertThat(callCounts.batches()).isEqualTo(totalBatches);
            assertThat(callCounts.read()).isEqualTo(CALLS);
            assertThat(callCounts.loaded()).isEqualTo(CALLS);
            assertThat(callsEntry(store).finishedAt()).isNotNull();
        }

        try (GraphStore clean = GraphStore.open(new StoreTarget.Embedded(dir.resolve("clean")))) {
            IngestSummary uninterrupted = new Ingestion(clean, IngestContext.defaults(), BATCH, QUIET).run(files);
            List<String> cleanGraph = GraphDump.of(clean);
            assertThat(resumedGraph).hasSize(cleanGraph.size());
            assertThat(resumedGraph).isEqualTo(cleanGraph);
            assertThat(cleanGraph.stream().filter(l -> l.startsWith("N [Call]"))).hasSize(CALLS);
            assertThat(resumed.rowsLoaded()).isEqualTo(uninterrupted.rowsLoaded());

            // idempotence: writing every batch again changes nothing, no duplicate relationship or event
            IngestSummary again = new Ingestion(clean, IngestOptions.of(IngestContext.defaults(), BATCH).withReload(true),
                    QUIET).run(files);
            assertThat(again.files().get(1).resumedBatches()).isZero();
            assertThat(GraphDump.of(clean)).isEqualTo(cleanGraph);
            // and by default the ledger skips the files entirely
            IngestSummary skipped = new Ingestion(clean, IngestContext.defaults(), BATCH, QUIET).run(files);
            assertThat(skipped.files()).allSatisfy(f -> assertThat(f.resumedBatches()).isEqualTo(f.batches()));
            assertThat(GraphDump.of(clean)).isEqualTo(cleanGraph);
        }
    }

    /** Starts the child ingest, waits for a completed batch in the ledger, kills it; returns batches seen. */
    private long runAndKill(Path store, List<Path> files) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), IngestChildProcess.class.getName(), store.toString(),
                Integer.toString(BATCH)));
        files.forEach(f -> command.add(f.toString()));
        Process child = new ProcessBuilder(command)
                .redirectError(dir.resolve("child-stderr.txt").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("child opened its store (see child-stderr.txt)").isEqualTo("READY");
            child.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            String line = out.readLine();
            assertThat(line).as("child saw a committed batch before it ended (see child-stderr.txt)")
                    .startsWith("COMMITTED ");
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            return Long.parseLong(line.substring("COMMITTED ".length()));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static IngestLedger.FileEntry callsEntry(GraphStore store) {
        IngestLedger.FileEntry entry = callsEntryOrNull(store);
        assertThat(entry).isNotNull();
        return entry;
    }

    private static IngestLedger.FileEntry callsEntryOrNull(GraphStore store) {
        return new IngestLedger(store).files().stream().filter(f -> "calls".equals(f.type())).findFirst().orElse(null);
    }
}
