package org.crimegraph.analysis;

import java.time.Duration;
import java.util.Locale;

/**
 * How {@link NetworkScoring} computes the all-pairs measures: exactly ({@link BrandesBetweenness}:
 * betweenness, closeness and harmonic from one search per person), sampled with stated error bounds
 * ({@link ApproximateBetweenness} for betweenness, {@link SampledDistances} for closeness and
 * harmonic) for networks too large for the exact O(nm) computation, or chosen by a time budget
 * ({@link ScoringPlan}).
 */
public sealed interface BetweennessMethod {

    /** Exact betweenness. */
    BetweennessMethod EXACT = new Exact();

    /** A short description for reports and audit entries. */
    String describe();

    /** Exact betweenness by Brandes' algorithm. */
    record Exact() implements BetweennessMethod {
        @Override
        public String describe() {
            return "exact (Brandes 2001)";
        }
    }

    /**
     * Exact when its estimated cost fits {@code budget}, else sampled at the smallest ε that fits
     * ({@link ScoringPlan}).
     *
     * @param budget time allowed for the all-pairs measures (zero: sampled at the largest ε)
     * @param delta  δ of the sampled guarantees, in (0, 1)
     * @param seed   seed of the sampled mode
     */
    record Budgeted(Duration budget, double delta, long seed) implements BetweennessMethod {
        public Budgeted {
            if (budget == null || budget.isNegative()) {
                throw new IllegalArgumentException("the budget must not be negative: " + budget);
            }
            if (!(delta > 0 && delta < 1)) {
                throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
            }
        }

        @Override
        public String describe() {
            return "chosen by a time budget of " + ScoringPlan.seconds(budget.toNanos() / 1e9);
        }
    }

    /**
     * Riondato–Kornaropoulos sampling of betweenness only: every normalised value within about
     * ±{@code epsilon} of the exact one with probability at least {@code 1 − delta}; closeness and
     * harmonic stay exact (one search per person). {@link Sampled} samples those too.
     *
     * @param epsilon error bound on the paper's scale, in (0, 1)
     * @param delta   probability allowed for exceeding it, in (0, 1)
     * @param seed    random seed
     */
    record Approximate(double epsilon, double delta, long seed) implements BetweennessMethod {
        public Approximate {
            check(epsilon, delta);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "approximate (Riondato–Kornaropoulos 2016, ε = %s, δ = %s, seed %d)",
                    epsilon, delta, seed);
        }
    }

    /**
     * Every all-pairs measure sampled with the same ε and δ: betweenness by Riondato–Kornaropoulos
     * ({@link ApproximateBetweenness}), closeness and harmonic by Eppstein–Wang sampled sources
     * ({@link SampledDistances}); what {@code score --epsilon} and a budget that exact exceeds use.
     *
     * @param epsilon ε of both guarantees, in (0, 1)
     * @param delta   δ of both, in (0, 1)
     * @param seed    random seed
     */
    record Sampled(double epsilon, double delta, long seed) implements BetweennessMethod {
        public Sampled {
            check(epsilon, delta);
        }

        /** The same sampling for betweenness alone. */
        public Approximate betweenness() {
            return new Approximate(epsilon, delta, seed);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "sampled (betweenness, closeness and harmonic; ε = %s, δ = %s, seed %d)",
                    epsilon, delta, seed);
        }
    }

    private static void check(double epsilon, double delta) {
        if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("epsilon and delta must be in (0, 1): " + epsilon + ", " + delta);
        }
    }
}
