package org.crimegraph.disruption;

/**
 * Deterministic ordering of vertices by a score: highest first, ties (scores within a relative
 * {@value #TIE_TOLERANCE}) broken by the smallest vertex index, i.e. the smallest id. The tolerance
 * makes ties robust to floating-point summation order, so that two implementations of the same
 * measure (e.g. crimegraph and NetworkX) pick the same vertex.
 */
final class Ranking {

    /** Relative tolerance under which two scores are tied. */
    static final double TIE_TOLERANCE = 1e-9;

    private Ranking() {
    }

    /** True if {@code a} beats {@code b} (strictly higher beyond the tolerance). */
    static boolean beats(double a, double b) {
        return a - b > TIE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * The best candidate among those not {@code excluded}: the smallest index whose score is within the
     * tolerance of the maximum (-1 if none).
     */
    static int best(double[] score, boolean[] excluded) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < score.length; i++) {
            if (!excluded[i] && score[i] > max) {
                max = score[i];
            }
        }
        for (int i = 0; i < score.length; i++) {
            if (!excluded[i] && !beats(max, score[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code k} best indices, best first, each chosen by {@link #best} among those not yet chosen. */
    static int[] top(double[] score, int k) {
        boolean[] chosen = new boolean[score.length];
        int[] result = new int[Math.min(k, score.length)];
        for (int r = 0; r < result.length; r++) {
            result[r] = best(score, chosen);
            chosen[result[r]] = true;
        }
        return result;
    }
}
