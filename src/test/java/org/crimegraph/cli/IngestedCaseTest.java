package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command tests on one embedded store per test class, ingested once ({@link #ingest}) and closed after
 * the class; commands run on it through {@link #runner}. Test classes run one at a time (no parallel
 * execution is configured), so the static fields belong to the class running.
 */
abstract class IngestedCaseTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static GraphStore store;
    static LinkQueryRunner runner;

    /** Opens a store under {@link #dir}, ingests the folders (no row may be rejected) and makes the runner. */
    static void ingest(Path... folders) {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
        IngestSummary summary = new Ingestion(store, IngestContext.defaults(), 100,
                new PrintStream(OutputStream.nullOutputStream())).run(List.of(folders));
        assertThat(summary.rejects()).isEmpty();
        runner = new LinkQueryRunner(store, dir.resolve("audit.jsonl"));
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
