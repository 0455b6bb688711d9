package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crimegraph.cli.CrimegraphCommand;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.store.query.PersonEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before values became claims (docs/provenance.md §7) is refused with the advice to run
 * {@code crimegraph db migrate} (exit 4), and the migration moves legacy node values conservatively: onto
 * the restricted reports' claims unless every asserting report is shareable. The legacy store is written
 * with raw Cypher, as the old ingest wrote it.
 */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aLegacyStoreIsRefusedThenMigratedConservatively() throws Exception {
        Path folder = dir.resolve("store");
        StoreTarget target = new StoreTarget.Embedded(folder);
        try (GraphStore store = GraphStore.open(target)) {
            assertThat(SchemaVersion.of(store)).isEqualTo(SchemaVersion.CURRENT); // a new store is marked
            store.writeAll(List.of(new GraphStore.Write("test/legacy-store", Map.of())));
            assertThat(SchemaVersion.of(store)).isEqualTo(1);
        }
        assertThatThrownBy(() -> GraphStore.open(target)).isInstanceOf(StoreNeedsMigrationException.class)
                .hasMessageContaining("crimegraph db migrate");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(CrimegraphCommand.execute(new PrintWriter(out), new PrintWriter(err), "score", "--store", folder.toString()))
                .isEqualTo(4);
        assertThat(err.toString()).contains("run 'crimegraph db migrate'");

        assertThat(CrimegraphCommand.execute(new PrintWriter(out), new PrintWriter(err), "db", "migrate", "--store",
                folder.toString(), "--audit-log", dir.resolve("audit.jsonl").toString())).isZero();
        assertThat(out.toString()).contains("migrated from schema 1 to 2");

        try (GraphStore store = GraphStore.open(target)) {
            // P1: asserted only by a shareable report, which now claims its values
            Map<String, Map<String, Object>> p1 = claims(store, "P1");
            assertThat(p1.get("R-P")).containsEntry("name", "Shared Name").containsEntry("aliases", List.of("Alias One"));
            // P2: asserted by a shareable and a restricted report: the legacy value may be the restricted one's
            Map<String, Map<String, Object>> p2 = claims(store, "P2");
            assertThat(p2.get("R-C")).containsEntry("name", "Mixed Name").containsEntry("nationality", "FR");
            assertThat(p2.get("R-P")).doesNotContainKey("name");
            Map<String, Map<String, Object>> call = claims(store, "C1");
            assertThat(call.get("R-C")).containsKey("start");
            assertThat(call.get("R-P")).doesNotContainKey("start");
            // nodes keep only their identity
            store.read("test/claims-of", Map.of("key", "P2"), r -> r.get("node").asMap())
                    .forEach(node -> assertThat(node).containsOnlyKeys("personId"));
            // periods per report, conservatively
            assertThat(store.read("test/periods", Map.of(), r -> r.get("periods").asList(v -> v.asString())))
                    .containsExactly(List.of("R-P|2023-01-01|"), List.of("R-C|2023-02-01|2024-02-01"));
            // a partner sees P2 unnamed, P1 named
            var reports = new PersonNetworkReader(store).reports();
            EntityLookup partner = new EntityLookup(store, Release.of(ProjectionFilter.RELEASABLE, reports));
            assertThat(partner.persons(List.of("P1", "P2"))).extracting(PersonEntry::name)
                    .containsExactlyInAnyOrder("Shared Name", null);
            // migrating again changes nothing
            assertThat(SchemaVersion.migrate(store)).isEqualTo(SchemaVersion.CURRENT);
        }
    }

    private static Map<String, Map<String, Object>> claims(GraphStore store, String key) {
        Map<String, Map<String, Object>> claims = new java.util.TreeMap<>();
        store.read("test/claims-of", Map.of("key", key), r -> claims.put(r.get("reportId").asString(), r.get("claim").asMap()));
        return claims;
    }
}
