package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * The result of {@link ApproximateBetweenness}: estimated betweenness on NetworkX's scales, the
 * paper's estimate, and the parameters and guarantee behind them.
 *
 * <p>Guarantee: with probability at least {@code 1 − δ}, for every vertex at once,
 * {@code |estimate − exact| ≤ ε} on the paper's scale ({@link #estimate(int)}, divided by
 * {@code n(n−1)} ordered pairs) and {@code ≤ }{@link #normalisedErrorBound()} on NetworkX's
 * normalised scale ({@link BetweennessScores#normalised(int)}).
 *
 * @param betweenness          estimated raw and normalised betweenness, scaled as {@link BetweennessScores}
 * @param estimates            the paper's estimates {@code b̃(v)}, indexed like the graph
 * @param epsilon              ε, the error bound on the paper's scale
 * @param delta                δ, the probability allowed for exceeding it
 * @param seed                 the random seed
 * @param vertexDiameterBound  the bound on vertices per shortest path used for the sample size
 * @param samples              number of sampled paths {@code r}
 * @param normalisedErrorBound the error bound on NetworkX's normalised scale, {@code ε·n/(n−2)}
 */
public record ApproximateBetweennessScores(
        BetweennessScores betweenness,
        double[] estimates,
        double epsilon,
        double delta,
        long seed,
        int vertexDiameterBound,
        int samples,
        double normalisedErrorBound) {

    public ApproximateBetweennessScores {
        estimates = estimates.clone();
    }

    /** The paper's estimate for vertex {@code i}. */
    public double estimate(int i) {
        return estimates[i];
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApproximateBetweennessScores o && Arrays.equals(estimates, o.estimates)
                && epsilon == o.epsilon && delta == o.delta && seed == o.seed && samples == o.samples
                && vertexDiameterBound == o.vertexDiameterBound;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(estimates) * 31 + Long.hashCode(seed);
    }

    /** The guarantee in words, for reports. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "approximate (Riondato–Kornaropoulos 2016): %d sampled paths, seed %d; normalised betweenness "
                        + "within ±%.4g of the exact value for every person with probability ≥ %.4g",
                samples, seed, normalisedErrorBound, 1 - delta);
    }
}
