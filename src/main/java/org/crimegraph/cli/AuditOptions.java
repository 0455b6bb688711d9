package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import picocli.CommandLine.Option;

/** Who is acting and where the audit log is, for every command that reads or writes case data. */
public final class AuditOptions {

    /** The store's own log, in the embedded store's folder. */
    static final String STORE_LOG = "audit.jsonl";

    /** The store's own log for a server, in the working folder. */
    static final String SERVER_LOG = "crimegraph-audit.jsonl";

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Name recorded in the audit log (default: the OS user).")
    String analyst;

    @Option(names = "--audit-log", paramLabel = "FILE",
            description = "Also write the audit line to this log (default: only the store's own log, audit.jsonl in "
                    + "the embedded store folder, or crimegraph-audit.jsonl here for a server). The store's own log "
                    + "always gets the line, and the store anchors both.")
    Path auditLog;

    /** The analyst's name. */
    public String analyst() {
        return analyst != null ? analyst : System.getProperty("user.name", "unknown");
    }

    /** The log the user asked for: {@code --audit-log}, else the store's own. */
    public AuditLog log(StoreOptions store) {
        return auditLog != null ? new AuditLog(auditLog, Clock.systemUTC()) : ownLog(store);
    }

    /** The own log of the store these options name. */
    public AuditLog ownLog(StoreOptions store) {
        return ownLog(store.embeddedFolder());
    }

    /** The own log of an open store: in its folder if embedded, else {@value #SERVER_LOG} here. */
    public static AuditLog ownLog(GraphStore store) {
        return ownLog(store.target() instanceof StoreTarget.Embedded embedded ? embedded.folder() : null);
    }

    private static AuditLog ownLog(Path embeddedFolder) {
        return new AuditLog(embeddedFolder != null ? embeddedFolder.resolve(STORE_LOG) : Path.of(SERVER_LOG),
                Clock.systemUTC());
    }

    /** The audit trail of an open store: every action appends to the store's own log (and {@code --audit-log}). */
    public AuditTrail trail(StoreOptions storeOptions, GraphStore store) {
        return new AuditTrail(ownLog(store), auditLog == null ? null : log(storeOptions), store);
    }

    /** Records an action on an open store; returns the hash of its line in the store's own log. */
    public String record(StoreOptions storeOptions, GraphStore store, AuditEvent event) {
        return trail(storeOptions, store).record(event.entry(analyst(), store.target().describe()));
    }

    /** Records an action that used no store (an edge list): in the chosen log, unanchored. */
    public String recordWithoutStore(StoreOptions storeOptions, AuditEvent event) {
        return log(storeOptions).append(event.entry(analyst(), null));
    }
}
