package org.crimegraph.analysis.timeline;

import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.VertexScore;

/**
 * Freeman's (1979) network centralisation, "Centrality in social networks: conceptual clarification":
 * how far the network is dominated by its most central person, as the sum of the differences between the
 * largest score and every score, divided by the largest sum possible for {@code n} persons (reached by a
 * star). 1 for a star, 0 when everyone is equally central. O(n).
 * <ul>
 *   <li>{@link #degree}: {@code Σ (d* − d_i) / ((n−1)(n−2))}, on link counts;</li>
 *   <li>{@link #betweenness}: {@code Σ (b* − b_i) / (n−1)} on betweenness normalised by {@code (n−1)(n−2)/2}
 *       (Freeman's {@code Σ (B* − B_i) / ((n−1)²(n−2)/2)} on raw values), under the scores' path length.</li>
 * </ul>
 * Defined as 0 for fewer than three persons (no star to compare with). On a disconnected network both are
 * computed over all persons, as UCINET and Freeman do.
 */
public final class Centralisation {

    private Centralisation() {
    }

    /** Freeman degree centralisation. */
    public static double degree(NetworkScores<?> scores) {
        int n = scores.size();
        if (n < 3) {
            return 0;
        }
        return spread(scores, s -> s.centrality().degree()) / ((double) (n - 1) * (n - 2));
    }

    /** Freeman betweenness centralisation. */
    public static double betweenness(NetworkScores<?> scores) {
        int n = scores.size();
        if (n < 3) {
            return 0;
        }
        return spread(scores, s -> s.centrality().normalisedBetweenness()) / (n - 1);
    }

    private static <V extends Comparable<V>> double spread(NetworkScores<V> scores,
                                                           java.util.function.ToDoubleFunction<VertexScore<V>> value) {
        double max = Double.NEGATIVE_INFINITY;
        for (VertexScore<V> s : scores.scores()) {
            max = Math.max(max, value.applyAsDouble(s));
        }
        double sum = 0;
        for (VertexScore<V> s : scores.scores()) {
            sum += max - value.applyAsDouble(s);
        }
        return sum;
    }
}
