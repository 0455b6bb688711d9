package org.crimegraph.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code db status} shows: where the store is, which Neo4j runs it, and how much it holds.
 *
 * @param mode          {@code embedded} or {@code server}
 * @param location      the store folder or server URI (never credentials)
 * @param neo4jVersion  e.g. {@code 5.26.30}
 * @param edition       {@code community} or {@code enterprise}
 * @param labels        node count per label, sorted by label
 * @param relationships relationship count per type, sorted by type
 */
public record StoreStatus(String mode, String location, String neo4jVersion, String edition,
                          Map<String, Long> labels, Map<String, Long> relationships) {

    /** Labels of crimegraph's own bookkeeping (runs, ledgers, audit anchors, schema version), not case data. */
    public static final List<String> BOOKKEEPING = List.of("ScoringRun", "PersonScore", "RunLock", "AuditAnchor",
            "IngestFile", "IngestBatch", "ResolutionDecision", "CrimegraphSchema", "StoreIdentity", "WatchEntry",
            "WatchState", "Alert");

    /** Reads the status of an open store. */
    public static StoreStatus of(GraphStore store) {
        var server = store.read("status/server", Map.of(),
                r -> new String[] {r.get("version").asString(), r.get("edition").asString()}).get(0);
        Map<String, Long> labels = new LinkedHashMap<>();
        store.read("status/labels", Map.of(), r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
        Map<String, Long> types = new LinkedHashMap<>();
        store.read("status/relationship-types", Map.of(),
                r -> types.put(r.get("type").asString(), r.get("count").asLong()));
        String mode = store.isEmbedded() ? "embedded" : "server";
        String location = store.target() instanceof StoreTarget.Embedded e
                ? e.folder().toAbsolutePath().normalize().toString()
                : ((StoreTarget.Server) store.target()).uri().toString();
        return new StoreStatus(mode, location, server[0], server[1], labels, types);
    }

    /** Node counts of case data only: {@link #labels()} without crimegraph's bookkeeping labels. */
    public Map<String, Long> caseLabels() {
        Map<String, Long> counts = new LinkedHashMap<>(labels);
        BOOKKEEPING.forEach(counts::remove);
        return counts;
    }

    /** Number of persons in the store, without counting every label. */
    public static long persons(GraphStore store) {
        return store.read("status/persons", Map.of(), r -> r.get("persons").asLong()).get(0);
    }

    /** Count for one label, 0 if absent. */
    public long count(String label) {
        return labels.getOrDefault(label, 0L);
    }
}
