package org.crimegraph.app;

import java.nio.file.Path;
import java.time.Clock;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;

/**
 * Who acts and where their actions are recorded: the one way a use case writes its audit line. Every
 * action on a store goes to the store's own log ({@value #STORE_LOG} in the embedded store's folder, or
 * {@value #SERVER_LOG} in the working folder for a server) and, if chosen, to an extra log; the store
 * anchors both. An action that used no store (an edge list) goes to the chosen log, unanchored.
 *
 * @param analyst       the name recorded as acting
 * @param chosenLog     the extra log ({@code --audit-log}), or null
 * @param storeOwnLog   the own log of the store the command names, for actions without an open store
 */
public record Auditor(String analyst, Path chosenLog, Path storeOwnLog) {

    /** The store's own log, in the embedded store's folder. */
    public static final String STORE_LOG = "audit.jsonl";

    /** The store's own log for a server, in the working folder. */
    public static final String SERVER_LOG = "crimegraph-audit.jsonl";

    /** An auditor for the store at {@code embeddedFolder} (null for a server). */
    public static Auditor of(String analyst, Path chosenLog, Path embeddedFolder) {
        return new Auditor(analyst, chosenLog, ownLogPath(embeddedFolder));
    }

    /** The own log of a store: in its folder if embedded, else {@value #SERVER_LOG} here. */
    public static Path ownLogPath(Path embeddedFolder) {
        return embeddedFolder != null ? embeddedFolder.resolve(STORE_LOG) : Path.of(SERVER_LOG);
    }

    /** The own log of an open store. */
    public static AuditLog ownLog(GraphStore store) {
        return new AuditLog(ownLogPath(store.target() instanceof StoreTarget.Embedded embedded ? embedded.folder() : null),
                Clock.systemUTC());
    }

    /** The log the user asked for: the chosen one, else the store's own. */
    public AuditLog log() {
        return new AuditLog(chosenLog != null ? chosenLog : storeOwnLog, Clock.systemUTC());
    }

    /** The audit trail of an open store: its own log, the chosen log, anchored in the store. */
    public AuditTrail trail(GraphStore store) {
        return new AuditTrail(ownLog(store), chosenLog == null ? null : new AuditLog(chosenLog, Clock.systemUTC()), store);
    }

    /** Records an action on an open store; returns the hash of its line in the store's own log. */
    public String record(GraphStore store, AuditEvent event) {
        return trail(store).record(event.entry(analyst, store.target().describe()));
    }

    /** Records an action that used no store: in the chosen log, unanchored. */
    public String recordWithoutStore(AuditEvent event) {
        return log().append(event.entry(analyst, null));
    }
}
