package org.crimegraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data model version a store was written with (docs/provenance.md §7), and the migration from the
 * model before claims. Version 1 (no marker, reports present): descriptive values on nodes. Version 2:
 * values are claims on {@code (Report)-[:ASSERTS]->(node)}. A new, empty store is marked at first open.
 */
public final class SchemaVersion {

    /** The version this crimegraph writes. */
    public static final long CURRENT = 2;

    /** The labels whose legacy node values the migration moves onto claims, each with its statement. */
    private static final List<String> MIGRATED = List.of("person", "location", "vehicle", "account", "route",
            "organization", "call", "transaction", "crossing", "meeting");

    private SchemaVersion() {
    }

    /** The store's version: the marker's, or 1 for a store with reports and no marker, or 0 for an empty store. */
    public static long of(GraphStore store) {
        return store.read("status/schema-version", Map.of(), r -> r.get("version").isNull()
                ? (r.get("hasReports").asBoolean() ? 1L : 0L) : r.get("version").asLong()).get(0);
    }

    /**
     * Marks an empty store as current; refuses a store written with an older model.
     *
     * @throws StoreNeedsMigrationException if the store must be migrated first
     */
    static void check(GraphStore store) {
        long version = of(store);
        if (version == 0) {
            store.writeAll(List.of(mark()));
        } else if (version < CURRENT) {
            throw new StoreNeedsMigrationException(store.target().describe() + " was written by an older crimegraph "
                    + "(values on nodes, schema " + version + "); run 'crimegraph db migrate' (see docs/provenance.md) "
                    + "and try again");
        } else if (version > CURRENT) {
            throw new StoreUnavailableException(store.target().describe() + " was written by a newer crimegraph (schema "
                    + version + ", this one knows " + CURRENT + "); use that version", null);
        }
    }

    /**
     * Migrates a store to the current version in one transaction (all or nothing); returns the version it had.
     * A current store is left alone.
     */
    public static long migrate(GraphStore store) {
        long version = of(store);
        if (version >= CURRENT) {
            return version;
        }
        List<GraphStore.Write> writes = new ArrayList<>();
        MIGRATED.forEach(label -> writes.add(new GraphStore.Write("migrate/claims-" + label, Map.of())));
        writes.add(new GraphStore.Write("migrate/periods", Map.of()));
        writes.add(mark());
        store.writeAll(writes);
        return version;
    }

    private static GraphStore.Write mark() {
        return new GraphStore.Write("status/schema-version-set", Map.of("version", CURRENT));
    }
}
