package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dir;

    @Test
    void opensThroughBoltAppliesSchemaAndReportsStatus() {
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")))) {
            StoreStatus status = StoreStatus.of(store);
            assertThat(status.mode()).isEqualTo("embedded");
            assertThat(status.neo4jVersion()).startsWith("5.26");
            assertThat(status.edition()).isEqualToIgnoringCase("community");
            assertThat(status.caseLabels()).isEmpty();
            assertThat(status.labels()).containsOnlyKeys("CrimegraphSchema"); // the schema version, nothing else
            // applying the schema again is harmless
            store.applySchema();
        }
        assertThat(dir.resolve("db/logs/debug.log")).exists();
    }

    @Test
    void aSecondOpenOfTheSameFolderSaysStoreInUse() {
        Path folder = dir.resolve("db");
        try (GraphStore first = GraphStore.open(new StoreTarget.Embedded(folder))) {
            assertThatThrownBy(() -> GraphStore.open(new StoreTarget.Embedded(folder)))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("store in use");
        }
        // after the first closes, the folder opens again
        try (GraphStore again = GraphStore.open(new StoreTarget.Embedded(folder))) {
            assertThat(StoreStatus.of(again).mode()).isEqualTo("embedded");
        }
    }
}
