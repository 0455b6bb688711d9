package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * What the power-iteration measures ({@link WeightedPageRank}, {@link EigenvectorCentrality}) share:
 * {@link #compute(Monitor)} with progress and cancellation, and accessors that compute once without
 * monitoring for callers that need neither.
 */
abstract class IterativeMeasure {

    private Convergence.Scores result;

    /**
     * Iterates to the tolerance or the cap; every call computes afresh.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    abstract Convergence.Scores compute(Monitor monitor);

    private synchronized Convergence.Scores result() {
        if (result == null) {
            result = compute(Monitor.NONE);
        }
        return result;
    }

    /** The score of vertex {@code i} (computed once, without monitoring). */
    public double score(int i) {
        return result().values()[i];
    }

    /** A copy of all scores, indexed like the graph. */
    public double[] scores() {
        double[] scores = result().values();
        return Arrays.copyOf(scores, scores.length);
    }

    /** How the iteration ended. */
    public Convergence convergence() {
        return result().convergence();
    }

    /** Number of iterations performed. */
    public int iterations() {
        return convergence().iterations();
    }

    /** False if the iteration cap was reached before the tolerance. */
    public boolean converged() {
        return convergence().converged();
    }
}
