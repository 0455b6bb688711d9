package org.crimegraph.analysis;

/** Thrown by {@link Termination#check()} when a computation was cancelled; nothing it computed is kept. */
public final class ComputationCancelledException extends RuntimeException {

    public ComputationCancelledException() {
        super("computation cancelled");
    }
}
