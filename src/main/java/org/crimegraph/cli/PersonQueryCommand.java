package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command about persons named by reference shares ({@code find}, {@code node}, {@code path},
 * {@code neighbours}, {@code common}, {@code connect}): store, audit, release and query options; the
 * store opened once; and the one answer to a reference that fits no person or several: the candidates
 * listed and exit code 3 or 6 ({@link LinkExplanation#printCandidates}).
 */
abstract class PersonQueryCommand implements Callable<Integer>, StoreQuery {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        try {
            return answer(store, out, err);
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
    }

    /** Runs the query and prints its answer; returns the exit code. */
    abstract int answer(GraphStore store, PrintWriter out, PrintWriter err);

    /** Records the query's audit line. */
    void audit(GraphStore store, AuditEvent event) {
        auditOptions.record(storeOptions, store, event);
    }
}
