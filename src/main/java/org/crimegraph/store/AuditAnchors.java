package org.crimegraph.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the store keeps about its audit logs ({@code cypher/audit/}): its identity (a random id made once,
 * a {@code StoreIdentity} node), and for each log an anchor ({@code AuditAnchor} node) with the hash of
 * the newest line this store wrote there. The store's own log is anchored under
 * {@code store:<store id>}, not a path, so a copied store still checks its own log; another log
 * ({@code --audit-log}) under its absolute path. A hash chain shows edits to any line but the last, and
 * cannot show that the last lines were removed; comparing the log with the anchor kept elsewhere closes
 * that gap.
 */
public final class AuditAnchors {

    /** The anchor key of the store's own log. */
    public static String ownLogKey(String storeId) {
        return "store:" + storeId;
    }

    /**
     * What the store holds about one log.
     *
     * @param log       {@code store:<id>} for the store's own log, else the log's absolute path
     * @param storeId   the store that wrote it, or null for an anchor made before stores had an identity
     * @param head      the hash of the newest line this store wrote there
     * @param updatedAt when
     */
    public record Anchor(String log, String storeId, String head, String updatedAt) {
        /** True for the anchor of the store's own log. */
        public boolean own() {
            return log.startsWith("store:");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphStore store;

    public AuditAnchors(GraphStore store) {
        this.store = store;
    }

    /** The store's identity, created (once, for good) if it has none. */
    public String identity() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return store.writeAndRead("audit/store-identity", Map.of("candidate", HexFormat.of().formatHex(random)),
                r -> r.get("storeId").asString()).get(0);
    }

    /** The store's identities as stored: one, or none if nothing was ever audited (more means tampering). */
    public List<String> storedIdentities() {
        return store.read("audit/store-identity-get", Map.of(), r -> r.get("storeId").isNull() ? "" : r.get("storeId").asString());
    }

    /**
     * Records {@code head} as the newest line this store wrote in the log {@code log};
     * {@code legacyLog} (or null) names an anchor from before store identities that this one replaces.
     */
    public void record(String storeId, String log, String head, String legacyLog) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("storeId", storeId);
        parameters.put("log", log);
        parameters.put("head", head);
        parameters.put("legacyLog", legacyLog);
        store.writeAndRead("audit/anchor-set", parameters, r -> r.get("head").asString());
    }

    /** Every anchor the store holds. */
    public List<Anchor> all() {
        return store.read("audit/anchors", Map.of(), r -> new Anchor(r.get("log").asString(),
                r.get("storeId").isNull() ? null : r.get("storeId").asString(),
                r.get("head").isNull() ? null : r.get("head").asString(),
                r.get("updatedAt").isNull() ? null : r.get("updatedAt").asString()));
    }

    /** The anchor of one log, if the store holds it. */
    public Optional<Anchor> find(String log) {
        return all().stream().filter(a -> a.log().equals(log)).findFirst();
    }

    /** Each complete scoring run's audit line hash (run id to hash), grouped by the key of the log it went to. */
    public Map<String, Map<String, String>> runHashes() {
        Map<String, Map<String, String>> byLog = new LinkedHashMap<>();
        store.read("audit/run-hashes", Map.of(), r -> {
            byLog.computeIfAbsent(r.get("log").asString(), k -> new LinkedHashMap<>())
                    .put(r.get("runId").asString(), r.get("hash").asString());
            return r;
        });
        return byLog;
    }
}
