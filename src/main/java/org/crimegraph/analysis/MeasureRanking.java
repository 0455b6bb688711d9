package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * Ranks the values of one measure among all persons: competition rank (1 = highest, ties share the
 * best rank) and mid-rank percentile, as {@link MeasureRank} defines them. Values are compared with
 * {@link Double#compare}, so equal values are ties and the result does not depend on input order.
 */
final class MeasureRanking {

    private MeasureRanking() {
    }

    /** The rank of every value, indexed like {@code values}. */
    static MeasureRank[] rank(String measure, double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        MeasureRank[] ranks = new MeasureRank[n];
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, values[i]);
            int notAbove = upperBound(sorted, values[i]);
            int tied = notAbove - below;
            double percentile = n == 1 ? 1.0 : (below + (tied - 1) / 2.0) / (n - 1);
            ranks[i] = new MeasureRank(measure, values[i], n - notAbove + 1, n, percentile);
        }
        return ranks;
    }

    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], x) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], x) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
