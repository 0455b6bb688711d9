package org.crimegraph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * The store's copy of each audit log's newest line hash ({@code AuditAnchor} nodes,
 * {@code cypher/audit/}). A hash chain shows edits to any line but the last, and cannot show that
 * the last lines were removed; comparing the log with the anchor kept elsewhere closes that gap.
 */
public final class AuditAnchors {

    /** What the store holds about one log: the newest line hash and each saved run's audit line hash. */
    public record Anchor(String head, String updatedAt, Map<String, String> runHashes) {
    }

    private final GraphStore store;

    public AuditAnchors(GraphStore store) {
        this.store = store;
    }

    /** Records {@code head} as the newest line of {@code log}. */
    public void record(String log, String head) {
        store.writeAndRead("audit/anchor-set", Map.of("log", log, "head", head), r -> r.get("head").asString());
    }

    /** The anchor of {@code log}, if any action on this store recorded one. */
    public Optional<Anchor> find(String log) {
        return store.read("audit/anchor-get", Map.of("log", log), r -> {
            Map<String, String> runs = new java.util.TreeMap<>();
            for (String entry : r.get("runs").asList(Value::asString)) {
                int space = entry.indexOf(' ');
                runs.put(entry.substring(0, space), entry.substring(space + 1));
            }
            if (r.get("head").isNull() && runs.isEmpty()) {
                return null;
            }
            return new Anchor(r.get("head").isNull() ? null : r.get("head").asString(),
                    r.get("updatedAt").isNull() ? null : r.get("updatedAt").asString(), runs);
        }).stream().filter(java.util.Objects::nonNull).findFirst();
    }

}
