package org.crimegraph.analysis;

/**
 * A cancellation token (Neo4j GDS's {@code TerminationFlag}, sized for us): the caller keeps it and
 * may {@link #cancel()} from any thread (for instance a shutdown hook on Ctrl-C); a long algorithm
 * calls {@link #check()} in its outer loops, which throws {@link ComputationCancelledException} once
 * the token is cancelled. Loops check often enough that a computation stops within a second of
 * cancellation. {@link #NONE} is never cancelled.
 */
public final class Termination {

    /** A token nobody can cancel, for callers that do not offer cancellation. */
    public static final Termination NONE = new Termination(false);

    private final boolean cancellable;
    private volatile boolean cancelled;

    private Termination(boolean cancellable) {
        this.cancellable = cancellable;
    }

    /** A fresh token, not yet cancelled. */
    public static Termination create() {
        return new Termination(true);
    }

    /** Asks every computation checking this token to stop. */
    public void cancel() {
        if (!cancellable) {
            throw new UnsupportedOperationException("Termination.NONE cannot be cancelled");
        }
        cancelled = true;
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Returns normally while the token is not cancelled.
     *
     * @throws ComputationCancelledException once it is
     */
    public void check() {
        if (cancelled) {
            throw new ComputationCancelledException();
        }
    }
}
