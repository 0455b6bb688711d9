package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the sample case into a real embedded Neo4j, twice. */
class SampleDataIngestTest {

    @TempDir
    Path dir;

    @Test
    void loadsEverySampleFileAndReloadingChangesNothing() {
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")))) {
            Ingestion ingestion = new Ingestion(store, IngestContext.defaults(), 100, quiet);
            IngestSummary first = ingestion.run(List.of(Path.of("sample-data")));
            assertThat(first.rejects()).isEmpty();
            assertThat(first.files()).hasSize(RecordType.values().length);
            StoreStatus afterFirst = StoreStatus.of(store);
            assertThat(afterFirst.count("Person")).isEqualTo(56);
            assertThat(afterFirst.count("Report")).isEqualTo(28);
            assertThat(afterFirst.count("Call")).isEqualTo(418);
            assertThat(afterFirst.count("Transaction")).isEqualTo(66);
            assertThat(afterFirst.count("Crossing")).isEqualTo(180);
            assertThat(afterFirst.count("Meeting")).isEqualTo(7);
            assertThat(afterFirst.relationships()).containsKeys("USES", "CALLER", "CALLEE", "HOLDS", "SENT",
                    "RECEIVED_BY", "MADE", "AT", "OPERATES", "STOP", "ATTENDED", "ASSOCIATE_OF", "LIVES_AT", "ASSERTS");

            IngestSummary second = ingestion.run(List.of(Path.of("sample-data")));
            assertThat(second.rowsLoaded()).isEqualTo(first.rowsLoaded());
            StoreStatus afterSecond = StoreStatus.of(store);
            assertThat(afterSecond.labels()).isEqualTo(afterFirst.labels());
            assertThat(afterSecond.relationships()).isEqualTo(afterFirst.relationships());
        }
    }
}
