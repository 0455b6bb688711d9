package org.crimegraph.cli;

import java.util.Map;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;

/** What every {@code resolve} subcommand shares: store and audit options, output, the audit line. */
abstract class ResolveSubcommand extends CaseCommand {

    void audit(GraphStore store, String action, Map<String, Object> parameters) {
        auditOptions.record(storeOptions, store, AuditEvent.of(action).with(parameters));
    }
}
