package org.crimegraph.disruption;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Reach of a set of vertices, the positive side of Borgatti's key-player problem (KPP-Pos: whom to
 * watch, so that information from them spreads furthest): S. P. Borgatti, "Identifying sets of key
 * players in a social network", Computational and Mathematical Organization Theory 12:21–34, 2006.
 *
 * <ul>
 *   <li>distance-weighted reach DR(S) = Σ_j (1/d_Sj) / n, where d_Sj is the hop distance from the
 *       nearest member of S to j, 1/d = 0 if j is unreachable, and members count as reached with weight
 *       1; DR = 1 exactly when every other vertex is adjacent to the set;</li>
 *   <li>m-reach(S): the number of vertices within {@code m} hops of some member (members included),
 *       reported with its share of n.</li>
 * </ul>
 *
 * @param <V> vertex type
 */
public final class SetReach<V extends Comparable<V>> {

    private final IndexedGraph<V> graph;

    public SetReach(IndexedGraph<V> graph) {
        this.graph = graph;
    }

    /** Distance-weighted reach of the set (indices). */
    public double distanceWeightedReach(int[] set) {
        int[] d = distancesFrom(graph, set, -1);
        return weightedReachOf(d) / graph.vertexCount();
    }

    /** Number of vertices within {@code m} hops of the set, members included. */
    public int mReach(int[] set, int m) {
        int[] d = distancesFrom(graph, set, -1);
        int count = 0;
        for (int x : d) {
            if (x >= 0 && x <= m) {
                count++;
            }
        }
        return count;
    }

    /** m-reach as a share of all vertices. */
    public double mReachShare(int[] set, int m) {
        return graph.vertexCount() == 0 ? 0 : (double) mReach(set, m) / graph.vertexCount();
    }

    /** Σ_j 1/d_Sj with members counted as 1. */
    static double weightedReachOf(int[] d) {
        double sum = 0;
        for (int x : d) {
            if (x == 0) {
                sum += 1.0;
            } else if (x > 0) {
                sum += 1.0 / x;
            }
        }
        return sum;
    }

    /** Hop distance from the nearest member of {@code set} (minus {@code skip}), -1 if unreachable. */
    static int[] distancesFrom(IndexedGraph<?> graph, int[] set, int skip) {
        int n = graph.vertexCount();
        int[] d = new int[n];
        Arrays.fill(d, -1);
        int[] queue = new int[n];
        int tail = 0;
        for (int s : set) {
            if (s != skip && d[s] < 0) {
                d[s] = 0;
                queue[tail++] = s;
            }
        }
        int head = 0;
        while (head < tail) {
            int v = queue[head++];
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int w = graph.neighbour(k);
                if (d[w] < 0) {
                    d[w] = d[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return d;
    }
}
