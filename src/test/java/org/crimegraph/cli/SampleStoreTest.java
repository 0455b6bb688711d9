package org.crimegraph.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command tests on the sample case, ingested once per test class by {@code crimegraph ingest} into
 * {@link #store} ({@link CliTest#ingestSample}); the commands run with {@code --store store}. Test classes
 * run one at a time (no parallel execution is configured), so the static fields belong to the class running,
 * as with {@link IngestedCaseTest}.
 */
abstract class SampleStoreTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingestTheSampleCase() {
        store = CliTest.ingestSample(dir);
    }
}
