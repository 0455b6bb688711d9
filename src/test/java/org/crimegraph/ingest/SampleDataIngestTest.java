package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.StoreStatus;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the sample case into a real embedded Neo4j, twice, then the partner bundle. */
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
            assertThat(first.files()).hasSize(14); // every type but organisations and memberships
            StoreStatus afterFirst = StoreStatus.of(store);
            SampleCaseCounts.assertLoaded(afterFirst);
            assertThat(afterFirst.relationships()).containsKeys("USES", "CALLER", "CALLEE", "HOLDS", "SENT",
                    "RECEIVED_BY", "MADE", "AT", "OPERATES", "STOP", "ATTENDED", "ASSOCIATE_OF", "LIVES_AT", "ASSERTS");
            List<String> graph = GraphDump.of(store);

            IngestSummary second = new Ingestion(store, IngestOptions.of(IngestContext.defaults(), 100).withReload(true),
                    quiet).run(List.of(Path.of("sample-data")));
            assertThat(second.rowsLoaded()).isEqualTo(first.rowsLoaded());
            StoreStatus afterSecond = StoreStatus.of(store);
            assertThat(afterSecond.labels()).isEqualTo(afterFirst.labels());
            assertThat(afterSecond.relationships()).isEqualTo(afterFirst.relationships());
            assertThat(GraphDump.of(store)).isEqualTo(graph);

            // the partner bundle adds two reports, one location and two lone crossings: the network is unchanged
            Set<PersonLink> all = links(store, ProjectionFilter.ALL);
            Set<PersonLink> releasable = links(store, ProjectionFilter.RELEASABLE);
            IngestSummary bundle = ingestion.run(List.of(Path.of("sample-data/bundles")));
            assertThat(bundle.rejects()).isEmpty();
            assertThat(bundle.files()).extracting(IngestSummary.FileCounts::kind, IngestSummary.FileCounts::read,
                    IngestSummary.FileCounts::loaded).containsExactly(org.assertj.core.api.Assertions.tuple("bundle", 2L, 5L));
            StoreStatus withBundle = StoreStatus.of(store);
            assertThat(withBundle.count("Report")).isEqualTo(30);
            assertThat(withBundle.count("Crossing")).isEqualTo(182);
            assertThat(withBundle.count("Location")).isEqualTo(41);
            assertThat(withBundle.count("Person")).isEqualTo(56);
            assertThat(links(store, ProjectionFilter.ALL)).isEqualTo(all);
            assertThat(links(store, ProjectionFilter.RELEASABLE)).isEqualTo(releasable);
            assertThat(all).hasSize(166);
        }
    }

    private static Set<PersonLink> links(GraphStore store, ProjectionFilter filter) {
        return new HashSet<>(new PersonNetworkReader(store).read(
                new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS), PersonNetworkReader.DEFAULT_CROSSING_WINDOW)
                .links());
    }
}
