package org.crimegraph.analysis;

import java.util.Locale;

/**
 * How {@link NetworkScoring} computes betweenness: exactly ({@link BrandesBetweenness}), or
 * approximately with a stated error bound ({@link ApproximateBetweenness}) for networks too large
 * for the exact O(nm) computation.
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
     * Riondato–Kornaropoulos sampling: every normalised value within about ±{@code epsilon} of the
     * exact one with probability at least {@code 1 − delta}.
     *
     * @param epsilon error bound on the paper's scale, in (0, 1)
     * @param delta   probability allowed for exceeding it, in (0, 1)
     * @param seed    random seed
     */
    record Approximate(double epsilon, double delta, long seed) implements BetweennessMethod {
        public Approximate {
            if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
                throw new IllegalArgumentException("epsilon and delta must be in (0, 1): " + epsilon + ", " + delta);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "approximate (Riondato–Kornaropoulos 2016, ε = %s, δ = %s, seed %d)",
                    epsilon, delta, seed);
        }
    }
}
