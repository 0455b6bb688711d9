package org.crimegraph.audit;

import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;

/**
 * The audit trail of actions on one store: every entry goes to the store's own log and is anchored in
 * the store under the store's identity ({@link AuditAnchors}); with another log chosen
 * ({@code --audit-log}) the entry is written there too and anchored under that log's path. So the
 * store's own log misses nothing, and removing or editing the last lines of either log shows in
 * {@link AnchorCheck}. Use this rather than {@link AuditLog#append} whenever a store is open.
 */
public final class AuditTrail {

    private final AuditLog own;
    private final AuditLog chosen;
    private final GraphStore store;
    private String storeId;

    /**
     * @param own    the store's own log
     * @param chosen another log the user asked for, or null (or {@code own})
     */
    public AuditTrail(AuditLog own, AuditLog chosen, GraphStore store) {
        this.own = own;
        this.chosen = chosen == null || chosen.key().equals(own.key()) ? null : chosen;
        this.store = store;
    }

    /** The log the user reads: the one chosen with {@code --audit-log}, else the store's own. */
    public AuditLog log() {
        return chosen != null ? chosen : own;
    }

    /** The store's identity (created with the first audited action). */
    public String storeId() {
        if (storeId == null) {
            storeId = new AuditAnchors(store).identity();
        }
        return storeId;
    }

    /** The anchor key of the store's own log, which {@link #record} returns the line hash of. */
    public String ownLogKey() {
        return AuditAnchors.ownLogKey(storeId());
    }

    /**
     * Appends the entry to the store's own log (and to the chosen log) and anchors each new head in the
     * store; returns the SHA-256 of the new line of the store's own log.
     */
    public String record(AuditEntry entry) {
        String id = storeId();
        AuditAnchors anchors = new AuditAnchors(store);
        String hash = own.append(entry, id);
        anchors.record(id, AuditAnchors.ownLogKey(id), hash, own.key());
        if (chosen != null) {
            anchors.record(id, chosen.key(), chosen.append(entry, id), null);
        }
        return hash;
    }
}
