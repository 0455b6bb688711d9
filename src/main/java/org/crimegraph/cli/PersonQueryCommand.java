package org.crimegraph.cli;

import java.io.PrintWriter;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Mixin;

/**
 * What every command about persons named by reference shares ({@code find}, {@code node}, {@code path},
 * {@code neighbours}, {@code common}, {@code connect}): store, audit, release and query options; the
 * store opened once; and the one answer to a reference that fits no person or several: the candidates
 * listed and exit code 3 or 6 ({@link LinkExplanation#printCandidates}).
 */
abstract class PersonQueryCommand extends ReleasedCommand implements StoreQuery {

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        return onStore(this);
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
}
