package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * The power-iteration kernel shared by {@link WeightedPageRank} and {@link EigenvectorCentrality}:
 * starting from the uniform vector {@code 1/n}, apply a step {@code x ← f(last)} until the L1 change
 * is below {@code n × tolerance} (NetworkX's criterion) or the iteration cap is reached. Each
 * iteration costs O(n + m); termination is checked and progress reported (in iterations, out of the
 * cap) once per iteration.
 */
final class PowerIteration {

    /** One iteration: writes the next vector into {@code next} from {@code last}; returns the L1 change. */
    @FunctionalInterface
    interface Step {
        double apply(double[] last, double[] next);
    }

    private PowerIteration() {
    }

    /** Validates the stopping rule shared by both measures. */
    static void checkStoppingRule(double tolerance, int maxIterations) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be positive and maxIterations at least 1");
        }
    }

    static Convergence.Scores run(String task, int n, double tolerance, int maxIterations, Step step, Monitor monitor) {
        double[] x = new double[n];
        if (n == 0) {
            return new Convergence.Scores(x, new Convergence(0, true));
        }
        Arrays.fill(x, 1.0 / n);
        double[] last = new double[n];
        int iteration = 0;
        boolean done = false;
        while (!done && iteration < maxIterations) {
            monitor.check();
            iteration++;
            double[] swap = last;
            last = x;
            x = swap;
            done = step.apply(last, x) < n * tolerance;
            monitor.progress(task, done ? maxIterations : iteration, maxIterations, "iterations");
        }
        return new Convergence.Scores(x, new Convergence(iteration, done));
    }
}
