package org.crimegraph.analysis;

/**
 * How an iterative measure ended: after how many iterations, and whether it met its tolerance or
 * stopped at the iteration cap (then its scores are the last iterate, not the fixed point, and every
 * output says so).
 *
 * @param iterations iterations performed
 * @param converged  false if the iteration cap was reached before the tolerance
 */
public record Convergence(int iterations, boolean converged) {

    /** Scores with the convergence they were reached with. */
    record Scores(double[] values, Convergence convergence) {
    }
}
