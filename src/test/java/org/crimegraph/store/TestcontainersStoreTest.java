package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The server path against the official Neo4j 5.26 Community image, with authentication on.
 * Skipped (reported as such) where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersStoreTest {

    private static final String PASSWORD = "crimegraph-test-password";

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword(PASSWORD);

    @Test
    void ingestsTheSampleCaseIntoAServer() {
        URI uri = URI.create(NEO4J.getBoltUrl());
        try (GraphStore store = GraphStore.open(new StoreTarget.Server(uri, "neo4j", PASSWORD.toCharArray(), null))) {
            assertThat(store.isEmbedded()).isFalse();
            ServerStoreTest.checkSampleIngest(store, uri);
        }
    }

    @Test
    void aWrongPasswordIsStoreUnavailable() {
        URI uri = URI.create(NEO4J.getBoltUrl());
        assertThatThrownBy(() -> GraphStore.open(new StoreTarget.Server(uri, "neo4j", "wrong".toCharArray(), null)))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("refused the credentials");
    }
}
