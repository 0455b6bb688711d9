package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void everySchemaStatementNamesWhatItCreates() {
        List<String> statements = CypherLibrary.statements("schema");
        assertThat(statements).hasSizeGreaterThan(20);
        assertThat(statements).allSatisfy(s -> assertThat(SchemaStatements.name(s)).as(s).isNotNull());
        Set<String> all = new HashSet<>(statements.stream().map(SchemaStatements::name).toList());
        assertThat(SchemaStatements.missing(statements, all)).isEmpty();
        assertThat(SchemaStatements.missing(statements, Set.of())).isEqualTo(statements);
        assertThat(SchemaStatements.name("CREATE CONSTRAINT FOR (n:X) REQUIRE n.id IS UNIQUE")).isNull();
        // indexes (populated in the background) before constraints (each waits for its index), nothing lost
        List<String> ordered = SchemaStatements.indexesFirst(statements);
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(statements);
        int firstConstraint = ordered.indexOf(ordered.stream().filter(s -> s.contains("CONSTRAINT")).findFirst().orElseThrow());
        assertThat(ordered.subList(0, firstConstraint)).isNotEmpty().noneMatch(s -> s.contains("CONSTRAINT"))
                .anyMatch(s -> s.contains("FULLTEXT INDEX claim_names"));
        assertThat(ordered.subList(firstConstraint, ordered.size())).allMatch(s -> s.contains("CREATE CONSTRAINT"));
    }

    @Test
    void aDroppedIndexOrConstraintIsMadeAgainAtTheNextOpen() {
        Path folder = dir.resolve("db");
        Set<String> expected = new HashSet<>(CypherLibrary.statements("schema").stream()
                .map(SchemaStatements::name).toList());
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(folder))) {
            assertThat(schemaNames(store)).containsAll(expected);
            try (var session = store.session()) {
                session.run("DROP INDEX vehicle_vrm").consume();
                session.run("DROP CONSTRAINT call_id").consume();
            }
            assertThat(schemaNames(store)).doesNotContain("vehicle_vrm", "call_id");
        }
        try (GraphStore again = GraphStore.open(new StoreTarget.Embedded(folder))) {
            assertThat(schemaNames(again)).containsAll(expected);
        }
        assertThat(Files.exists(folder)).isTrue();
    }

    private static Set<String> schemaNames(GraphStore store) {
        return new HashSet<>(store.read("store/schema-names", Map.of(), r -> r.get("names").asList(v -> v.asString()))
                .get(0));
    }
}
