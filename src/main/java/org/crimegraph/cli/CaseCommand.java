package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command on a case's store shares: the store and audit options ({@link StoreOptions},
 * {@link AuditOptions}), its output streams and its one {@link Auditor}. A command parses its own options,
 * calls one use case in {@code org.crimegraph.app} and renders the result (docs/architecture.md).
 */
abstract class CaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    /** Standard output of this command line (a test passes its own). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of this command line. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The auditor every use case this command calls records itself with. */
    Auditor auditor() {
        return auditOptions.auditor(storeOptions);
    }

    /** Records one audit line for work the command did on {@code store} itself. */
    void audit(GraphStore store, AuditEvent event) {
        auditOptions.record(storeOptions, store, event);
    }

    /** Long work on an open store, shown on {@code monitor}: progress, and Ctrl-C's cancellation. */
    @FunctionalInterface
    interface MonitoredWork<T> {
        T run(GraphStore store, Monitor monitor);
    }

    /**
     * Runs long {@code work} on the store: Ctrl-C cancels it (exit 130; the hook waits until the store is
     * closed), progress goes to stderr unless {@code --quiet}, and the store's opening and closing show.
     */
    <T> T monitored(QuietOption progress, MonitoredWork<T> work) {
        try (CtrlC ctrlC = CtrlC.install()) {
            Monitor monitor = progress.monitor(ctrlC);
            try (GraphStore store = storeOptions.open(monitor)) {
                return work.run(store, monitor);
            }
        }
    }

    /** Opens the store once, runs {@code query} on it with this command's streams and returns its exit code. */
    int onStore(StoreQuery query) {
        try (GraphStore store = storeOptions.open()) {
            return query.run(store, out(), err());
        }
    }
}
