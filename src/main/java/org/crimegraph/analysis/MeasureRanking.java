package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * Ranks the values of one measure among all persons: competition rank (1 = highest, ties share the
 * best rank) and mid-rank percentile, as {@link MeasureRank} defines them. Values within a relative
 * {@value #TIE} of the smallest value of their run (in sorted order) are ties: sums of the same
 * dependencies taken in another order (more threads, or the sources spread over Spark executors,
 * docs/scale-out.md) differ in the last bits, and structurally equal persons must not be ranked apart by
 * rounding. The result does not depend on input order.
 */
final class MeasureRanking {

    /** Relative difference below which two values are one value (as removal strategies, RemovalSimulation). */
    static final double TIE = 1e-9;

    private MeasureRanking() {
    }

    /** The rank of every value, indexed like {@code values}. */
    static MeasureRank[] rank(String measure, double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // runs of ties in sorted order: [first[k], end[k]) for the run holding sorted position k
        int[] first = new int[n];
        int[] end = new int[n];
        for (int lo = 0; lo < n; ) {
            int hi = lo + 1;
            while (hi < n && tied(sorted[lo], sorted[hi])) {
                hi++;
            }
            for (int k = lo; k < hi; k++) {
                first[k] = lo;
                end[k] = hi;
            }
            lo = hi;
        }
        MeasureRank[] ranks = new MeasureRank[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(sorted, values[i]);
            int below = first[at];
            int notAbove = end[at];
            int tied = notAbove - below;
            double percentile = n == 1 ? 1.0 : (below + (tied - 1) / 2.0) / (n - 1);
            ranks[i] = new MeasureRank(measure, values[i], n - notAbove + 1, n, percentile);
        }
        return ranks;
    }

    /** Whether {@code b} (not below {@code a}) is within the relative tie distance of {@code a}. */
    private static boolean tied(double a, double b) {
        return Double.compare(a, b) == 0 || b - a <= TIE * Math.max(Math.abs(a), Math.abs(b));
    }
}
