package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code resolve} subcommand shares: store and audit options, output, the audit line. */
abstract class ResolveSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void audit(GraphStore store, String action, Map<String, Object> parameters) {
        auditOptions.record(storeOptions, store, AuditEvent.of(action).with(parameters));
    }
}
