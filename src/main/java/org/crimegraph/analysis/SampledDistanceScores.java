package org.crimegraph.analysis;

import java.util.Arrays;
import java.util.Locale;

/**
 * The result of {@link SampledDistances}: estimated closeness and harmonic centrality, the farness
 * estimates behind closeness, and the parameters and guarantee behind them.
 *
 * <p>Guarantee: with probability at least {@code 1 − δ}, for every person at once, harmonic within
 * {@link #harmonicErrorBound()} of the exact value and farness (total distance to the others over
 * {@code n−1}) within {@link #farnessErrorBound(double) ε·Δ·n/(n−1)}, Δ the largest finite distance.
 *
 * @param distances          estimated closeness and harmonic, scaled as {@link DistanceScores}
 * @param farness            estimated {@code Σ_u d(v,u) / (n−1)} over the persons {@code v} reaches, indexed like the graph
 * @param epsilon            ε of the bound
 * @param delta              δ, the probability allowed for exceeding it
 * @param seed               the random seed
 * @param samples            number of sampled sources {@code k}
 * @param harmonicErrorBound {@code ε·n/((n−1)·ℓ)}, ℓ the shortest link length (1 for hops)
 */
public record SampledDistanceScores(DistanceScores distances, double[] farness, double epsilon, double delta,
                                    long seed, int samples, double harmonicErrorBound) {

    public SampledDistanceScores {
        farness = farness.clone();
    }

    @Override
    public double[] farness() {
        return farness.clone();
    }

    /** The farness bound {@code ε·Δ·n/(n−1)} for a network whose largest finite distance is {@code diameter}. */
    public double farnessErrorBound(double diameter) {
        int n = farness.length;
        return n > 1 ? epsilon * diameter * n / (n - 1.0) : 0.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampledDistanceScores o && Arrays.equals(farness, o.farness)
                && Arrays.equals(distances.harmonicValues(), o.distances.harmonicValues())
                && epsilon == o.epsilon && delta == o.delta && seed == o.seed && samples == o.samples;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(farness) * 31 + Long.hashCode(seed);
    }

    /** The guarantee in words, for reports. */
    public String describe() {
        return String.format(Locale.ROOT,
                "sampled (Eppstein–Wang 2004): %d sampled sources, seed %d; harmonic within ±%.4g and farness "
                        + "within ±ε·diameter (ε = %s) of the exact value for every person with probability ≥ %.4g",
                samples, seed, harmonicErrorBound, epsilon, 1 - delta);
    }
}
