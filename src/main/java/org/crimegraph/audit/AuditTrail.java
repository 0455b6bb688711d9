package org.crimegraph.audit;

import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;

/**
 * The audit log of actions on one store: appends each entry to the hash-chained log and records the
 * new head hash in the store ({@link AuditAnchors}), so that removing or editing the last line is
 * detected by {@link AnchorCheck}. Use this rather than {@link AuditLog#append} whenever a store is
 * open.
 */
public final class AuditTrail {

    private final AuditLog log;
    private final GraphStore store;

    public AuditTrail(AuditLog log, GraphStore store) {
        this.log = log;
        this.store = store;
    }

    /** The log. */
    public AuditLog log() {
        return log;
    }

    /** Appends the entry and anchors the new head in the store; returns the new line's SHA-256. */
    public String record(AuditEntry entry) {
        String hash = log.append(entry);
        new AuditAnchors(store).record(log.key(), hash);
        return hash;
    }
}
