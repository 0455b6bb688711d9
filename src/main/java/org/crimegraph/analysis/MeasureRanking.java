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
            int below = countBelow(sorted, values[i], false);
            int notAbove = countBelow(sorted, values[i], true);
            int tied = notAbove - below;
            double percentile = n == 1 ? 1.0 : (below + (tied - 1) / 2.0) / (n - 1);
            ranks[i] = new MeasureRank(measure, values[i], n - notAbove + 1, n, percentile);
        }
        return ranks;
    }

    /** How many sorted values are below {@code x} (or, with {@code orEqual}, not above it): binary search. */
    private static int countBelow(double[] sorted, double x, boolean orEqual) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = Double.compare(sorted[mid], x);
            if (c < 0 || (orEqual && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
