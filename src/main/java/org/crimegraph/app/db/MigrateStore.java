package org.crimegraph.app.db;

import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.SchemaVersion;

/**
 * Use case {@code db migrate}: brings a store written by an older crimegraph to the current data model
 * (docs/provenance.md §7) in one transaction ({@link SchemaVersion#migrate}); running it again changes
 * nothing. Recorded in the audit log either way.
 */
public final class MigrateStore {

    /**
     * @param before the store's schema version before the migration
     * @param now    the schema version it is at now
     */
    public record Result(long before, long now) {

        /** True if the store was already current. */
        public boolean alreadyCurrent() {
            return before >= now;
        }
    }

    private final Auditor auditor;

    public MigrateStore(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Migrates a store opened for migration ({@code GraphStore.openForMigration}). */
    public Result run(GraphStore store) {
        long before = SchemaVersion.migrate(store);
        Result result = new Result(before, Math.max(before, SchemaVersion.CURRENT));
        auditor.record(store, AuditEvent.of("db migrate").with("from", result.before()).with("to", result.now()));
        return result;
    }
}
