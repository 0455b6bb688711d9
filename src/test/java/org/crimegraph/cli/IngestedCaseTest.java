package org.crimegraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.SmallCase;
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
        store = SmallCase.ingested(dir.resolve("db"), folders);
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
