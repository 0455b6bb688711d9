package org.crimegraph.analysis.links;

import java.util.Arrays;

/**
 * A logistic regression over standardised inputs, fitted by plain full-batch (projected) gradient descent on
 * the mean log-loss plus an L2 penalty (the intercept is not penalised). Inputs marked non-negative keep a
 * coefficient ≥ 0 (each step is projected back onto that bound), so that more of that input never lowers
 * the score. Deterministic: no sampling inside the fit,
 * sums in row order, so the same rows give the same model bit for bit.
 *
 * @param means        per-input mean of the training rows
 * @param scales       per-input standard deviation of the training rows (1 where it is 0)
 * @param coefficients per standardised input
 * @param intercept    the bias
 * @param iterations   gradient steps taken
 * @param converged    true if the gradient's largest component fell below the tolerance
 */
public record LogisticModel(double[] means, double[] scales, double[] coefficients, double intercept, int iterations,
                            boolean converged) {

    /** The largest gradient component at which the fit stops. */
    static final double TOLERANCE = 1e-6;

    /** Step size; the inputs are standardised, so the mean log-loss's gradient is Lipschitz with constant ≤ d/4. */
    static final double STEP = 0.5;

    /**
     * Fits the model.
     *
     * @param rows     one input vector per row, all of one length
     * @param labels   1 for a tie, 0 for a non-tie, per row
     * @param l2       penalty on the coefficients, ≥ 0
     * @param maxSteps at most this many gradient steps
     * @param nonNegative per input: true if its coefficient must stay ≥ 0
     */
    static LogisticModel fit(double[][] rows, int[] labels, double l2, int maxSteps, boolean[] nonNegative) {
        int n = rows.length;
        int d = rows[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : rows) {
            for (int k = 0; k < d; k++) {
                means[k] += row[k];
            }
        }
        for (int k = 0; k < d; k++) {
            means[k] /= n;
        }
        for (double[] row : rows) {
            for (int k = 0; k < d; k++) {
                scales[k] += (row[k] - means[k]) * (row[k] - means[k]);
            }
        }
        for (int k = 0; k < d; k++) {
            scales[k] = Math.sqrt(scales[k] / n);
            if (!(scales[k] > 1e-12)) {
                scales[k] = 1;
            }
        }
        double[][] z = new double[n][d];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < d; k++) {
                z[r][k] = (rows[r][k] - means[k]) / scales[k];
            }
        }
        double[] w = new double[d];
        double b = 0;
        double[] gradient = new double[d];
        int step = 0;
        boolean converged = false;
        for (; step < maxSteps; step++) {
            Arrays.fill(gradient, 0);
            double gb = 0;
            for (int r = 0; r < n; r++) {
                double error = sigmoid(b + dot(w, z[r])) - labels[r];
                for (int k = 0; k < d; k++) {
                    gradient[k] += error * z[r][k];
                }
                gb += error;
            }
            double largest = Math.abs(gb / n);
            for (int k = 0; k < d; k++) {
                gradient[k] = gradient[k] / n + l2 * w[k];
                // at the bound, a gradient pushing below it is no reason to go on
                boolean held = nonNegative[k] && w[k] == 0 && gradient[k] > 0;
                largest = Math.max(largest, held ? 0 : Math.abs(gradient[k]));
            }
            if (largest < TOLERANCE) {
                converged = true;
                break;
            }
            for (int k = 0; k < d; k++) {
                w[k] -= STEP * gradient[k];
                if (nonNegative[k] && w[k] < 0) {
                    w[k] = 0;
                }
            }
            b -= STEP * gb / n;
        }
        return new LogisticModel(means, scales, w, b, step, converged);
    }

    /** The model's probability that {@code input} is a tie. */
    public double probability(double[] input) {
        double s = intercept;
        for (int k = 0; k < input.length; k++) {
            s += coefficients[k] * (input[k] - means[k]) / scales[k];
        }
        return sigmoid(s);
    }

    /** Each input's share of the log-odds, relative to an average training row: coefficient × standardised input. */
    public double[] contributions(double[] input) {
        double[] c = new double[input.length];
        for (int k = 0; k < input.length; k++) {
            c[k] = coefficients[k] * (input[k] - means[k]) / scales[k];
        }
        return c;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * x[k];
        }
        return s;
    }

    static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }
}
