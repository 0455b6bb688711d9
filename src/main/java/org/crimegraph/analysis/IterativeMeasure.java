package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * What the power-iteration measures ({@link WeightedPageRank}, {@link EigenvectorCentrality}) share:
 * the graph, the stopping rule, {@link #compute(Monitor)} through the one {@link PowerIteration}
 * kernel with progress and cancellation, and accessors that compute once without monitoring for
 * callers that need neither. A measure supplies only its {@link #step() iteration step}.
 *
 * @param <V> vertex type
 */
abstract class IterativeMeasure<V extends Comparable<V>> {

    /** The graph; weights must be non-negative. */
    final IndexedGraph<V> graph;
    private final String task;
    private final double tolerance;
    private final int maxIterations;
    private Convergence.Scores result;

    /**
     * @param task          the task name progress is reported under
     * @param tolerance     per-vertex tolerance: stop when the L1 change is below {@code n × tolerance}
     * @param maxIterations iteration cap
     */
    IterativeMeasure(IndexedGraph<V> graph, String task, double tolerance, int maxIterations) {
        this.graph = graph;
        this.task = task;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * The measure's iteration, made afresh for every {@link #compute(Monitor)} (it may hold
     * per-computation work arrays).
     */
    abstract PowerIteration.Step step();

    /**
     * Iterates to the tolerance or the cap from the uniform vector; every call computes afresh.
     *
     * @return the scores, indexed like the graph, with how the iteration ended
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    final Convergence.Scores compute(Monitor monitor) {
        return PowerIteration.run(task, graph.vertexCount(), tolerance, maxIterations, step(), monitor);
    }

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
