package org.crimegraph.app;

import org.crimegraph.analysis.Monitor;
import org.crimegraph.store.GraphStore;

/**
 * A use case that acts on an open store and records its action through an {@link Auditor}: the shape
 * scoring, community detection, run comparison and the run report share. A subclass implements the
 * monitored {@link #run(GraphStore, Object, Monitor)}; the unmonitored form is the same without progress or
 * cancellation.
 *
 * @param <Q> the typed request
 * @param <R> the typed result
 */
public abstract class StoreUseCase<Q, R> {

    /** Where the use case records what it did. */
    protected final Auditor auditor;

    protected StoreUseCase(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Runs the use case without progress or cancellation. */
    public final R run(GraphStore store, Q request) {
        return run(store, request, Monitor.NONE);
    }

    /** Runs the use case, reporting progress to {@code monitor} and stopping when it is cancelled. */
    public abstract R run(GraphStore store, Q request, Monitor monitor);
}
