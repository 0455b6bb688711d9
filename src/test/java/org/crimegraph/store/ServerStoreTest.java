package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.SampleCaseCounts;
import org.crimegraph.ingest.Ingestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The server path of {@link GraphStore} (a driver to a Neo4j server, not the embedded store) against
 * a real in-process Neo4j 5.26 from neo4j-harness: Bolt only, auth disabled.
 */
class ServerStoreTest {

    static Neo4j neo4j;

    @BeforeAll
    static void startServer() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    }

    @AfterAll
    static void stopServer() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void ingestsTheSampleCaseIntoAServer() {
        // auth is disabled in the harness: any basic credentials are accepted
        StoreTarget.Server target = new StoreTarget.Server(neo4j.boltURI(), "neo4j", "irrelevant".toCharArray(), null);
        try (GraphStore store = GraphStore.open(target)) {
            assertThat(store.isEmbedded()).isFalse();
            checkSampleIngest(store, neo4j.boltURI());
        }
    }

    @Test
    void aNamedDatabaseThatDoesNotExistIsStoreUnavailable() {
        StoreTarget.Server target = new StoreTarget.Server(neo4j.boltURI(), "neo4j", "x".toCharArray(), "nosuchdb");
        assertThatThrownBy(() -> {
            try (GraphStore store = GraphStore.open(target)) {
                StoreStatus.of(store);
            }
        }).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("nosuchdb");
    }

    /** Ingests sample-data twice into an open server store and checks the counts; shared with the Testcontainers test. */
    static void checkSampleIngest(GraphStore store, URI uri) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Ingestion ingestion = new Ingestion(store, IngestContext.defaults(), 500, quiet);
        IngestSummary first = ingestion.run(List.of(Path.of("sample-data")));
        assertThat(first.rejects()).isEmpty();
        StoreStatus status = StoreStatus.of(store);
        assertThat(status.mode()).isEqualTo("server");
        assertThat(status.location()).isEqualTo(uri.toString());
        assertThat(status.neo4jVersion()).startsWith("5.26");
        SampleCaseCounts.assertLoaded(status);
        assertThat(status.relationships()).containsKeys("USES", "CALLER", "CALLEE", "HOLDS", "ASSERTS", "ASSOCIATE_OF");

        IngestSummary second = ingestion.run(List.of(Path.of("sample-data")));
        assertThat(second.rowsLoaded()).isEqualTo(first.rowsLoaded());
        StoreStatus again = StoreStatus.of(store);
        assertThat(again.labels()).isEqualTo(status.labels());
        assertThat(again.relationships()).isEqualTo(status.relationships());
    }
}
