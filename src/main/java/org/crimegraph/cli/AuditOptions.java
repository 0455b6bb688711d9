package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Who is acting and where the audit log is, for every command that reads or writes case data. */
public final class AuditOptions {

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Name recorded in the audit log (default: the OS user).")
    String analyst;

    @Option(names = "--audit-log", paramLabel = "FILE",
            description = "Also write the audit line to this log (default: only the store's own log, audit.jsonl in "
                    + "the embedded store folder, or crimegraph-audit.jsonl here for a server). The store's own log "
                    + "always gets the line, and the store anchors both.")
    Path auditLog;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Takes {@code --analyst} and {@code --audit-log} from an enclosing command when not given on this one. */
    private void inheritFromParents() {
        ShellStore shell = ShellStore.of(command);
        if (shell != null && shell.auditOptions() != this) { // the shell's --analyst and --audit-log, unless given here
            if (analyst == null) {
                analyst = shell.auditOptions().analyst;
            }
            if (auditLog == null) {
                auditLog = shell.auditOptions().auditLog;
            }
        }
        ParentOptions.inherit(command, AuditOptions.class, "--analyst", o -> o.analyst, v -> analyst = v);
        ParentOptions.inherit(command, AuditOptions.class, "--audit-log", o -> o.auditLog, v -> auditLog = v);
    }

    /** The extra log chosen with {@code --audit-log}, or null. */
    public Path chosenLog() {
        inheritFromParents();
        return auditLog;
    }

    /** The analyst's name. */
    public String analyst() {
        inheritFromParents();
        return analyst != null ? analyst : System.getProperty("user.name", "unknown");
    }

    /** The auditor of a command on the store these options name: the one way a use case records itself. */
    public Auditor auditor(StoreOptions store) {
        return Auditor.of(analyst(), chosenLog(), store.embeddedFolder());
    }

    /** The log the user asked for: {@code --audit-log}, else the store's own. */
    public AuditLog log(StoreOptions store) {
        return auditor(store).log();
    }

    /** The own log of the store these options name. */
    public AuditLog ownLog(StoreOptions store) {
        return new AuditLog(Auditor.ownLogPath(store.embeddedFolder()), Clock.systemUTC());
    }

    /** The own log of an open store: in its folder if embedded, else in the working folder for a server. */
    public static AuditLog ownLog(GraphStore store) {
        return Auditor.ownLog(store);
    }

    /** The audit trail of an open store: every action appends to the store's own log (and {@code --audit-log}). */
    public AuditTrail trail(StoreOptions storeOptions, GraphStore store) {
        return auditor(storeOptions).trail(store);
    }

    /** Records an action on an open store; returns the hash of its line in the store's own log. */
    public String record(StoreOptions storeOptions, GraphStore store, AuditEvent event) {
        return auditor(storeOptions).record(store, event);
    }

    /** Records an action that used no store (an edge list): in the chosen log, unanchored. */
    public String recordWithoutStore(StoreOptions storeOptions, AuditEvent event) {
        return auditor(storeOptions).recordWithoutStore(event);
    }
}
