package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.crimegraph.audit.AuditLog;
import picocli.CommandLine.Option;

/** Who is acting and where the audit log is, for commands that read or release intelligence. */
public final class AuditOptions {

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Name recorded in the audit log (default: the OS user).")
    String analyst;

    @Option(names = "--audit-log", paramLabel = "FILE",
            description = "Audit log (default: audit.jsonl in the embedded store folder, or crimegraph-audit.jsonl here for a server).")
    Path auditLog;

    /** The analyst's name. */
    public String analyst() {
        return analyst != null ? analyst : System.getProperty("user.name", "unknown");
    }

    /** The audit log for a store. */
    public AuditLog log(StoreOptions store) {
        Path file = auditLog;
        if (file == null) {
            Path folder = store.embeddedFolder();
            file = folder != null ? folder.resolve("audit.jsonl") : Path.of("crimegraph-audit.jsonl");
        }
        return new AuditLog(file, Clock.systemUTC());
    }

    /** The audit trail of an open store: every action appends here, and the store anchors the head. */
    public org.crimegraph.audit.AuditTrail trail(StoreOptions storeOptions, org.crimegraph.store.GraphStore store) {
        return new org.crimegraph.audit.AuditTrail(log(storeOptions), store);
    }
}
