package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * Local clustering coefficient of every vertex: the share of pairs of its neighbours that are
 * themselves linked, {@code 2 T(v) / (deg(v) (deg(v) − 1))} where {@code T(v)} counts the triangles
 * through {@code v}; 0 for vertices with fewer than two neighbours. D. J. Watts and S. H. Strogatz,
 * "Collective dynamics of 'small-world' networks", Nature 393:440–442, 1998.
 *
 * <p>Why: a person whose contacts all know each other sits inside a closed cell; a low coefficient
 * with many contacts marks someone who connects people who do not otherwise deal with each other.
 *
 * <p>Convention: unweighted (weights are ignored), as NetworkX {@code clustering(G)} without a
 * weight. Triangles are counted by the degree-ordered "forward" method (each triangle is found
 * once, from its lowest-ranked vertex, in O(m √m) time), with integer counts, so the result does not
 * depend on any summation order.
 *
 * @param <V> vertex type
 */
public final class LocalClustering<V extends Comparable<V>> {

    private final long[] triangles;
    private final double[] coefficient;

    public LocalClustering(IndexedGraph<V> graph) {
        int n = graph.vertexCount();
        // rank vertices by (degree, index); orient each link from lower to higher rank
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> graph.degree(a) != graph.degree(b)
                ? Integer.compare(graph.degree(a), graph.degree(b)) : Integer.compare(a, b));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        long[] count = new long[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int v = 0; v < n; v++) {
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int u = graph.neighbour(k);
                if (rank[u] > rank[v]) {
                    mark[u] = v;
                }
            }
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int u = graph.neighbour(k);
                if (rank[u] <= rank[v]) {
                    continue;
                }
                for (int j = graph.start(u), stop = graph.end(u); j < stop; j++) {
                    int w = graph.neighbour(j);
                    if (rank[w] > rank[u] && mark[w] == v) {
                        count[v]++;
                        count[u]++;
                        count[w]++;
                    }
                }
            }
        }
        double[] c = new double[n];
        for (int v = 0; v < n; v++) {
            long d = graph.degree(v);
            c[v] = d < 2 ? 0.0 : 2.0 * count[v] / (d * (d - 1));
        }
        this.triangles = count;
        this.coefficient = c;
    }

    /** Number of triangles through vertex {@code i}. */
    public long triangles(int i) {
        return triangles[i];
    }

    /** Local clustering coefficient of vertex {@code i}, in [0, 1]. */
    public double coefficient(int i) {
        return coefficient[i];
    }

    /** A copy of all coefficients, indexed like the graph. */
    public double[] values() {
        return Arrays.copyOf(coefficient, coefficient.length);
    }
}
