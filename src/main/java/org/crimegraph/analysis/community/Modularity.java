package org.crimegraph.analysis.community;

import org.crimegraph.analysis.IndexedGraph;

/**
 * Modularity of a partition of a weighted undirected graph (Newman &amp; Girvan 2004; with the
 * resolution parameter γ of Reichardt &amp; Bornholdt 2006), computed exactly as NetworkX 2.8.8's
 * {@code networkx.algorithms.community.modularity(G, communities, weight="weight", resolution=γ)}:
 *
 * <pre>
 *   Q = Σ_c [ L_c / m  −  γ (d_c / 2m)² ]
 * </pre>
 * where m is the total edge weight, L_c the weight of the edges inside community c and d_c the sum
 * of the strengths (weighted degrees) of its members. A graph without edges has no defined
 * modularity (NetworkX divides by zero); it is reported here as 0.
 */
public final class Modularity {

    private Modularity() {
    }

    /**
     * @param membership community id of each vertex index, ids in 0..count-1
     * @param count      number of communities
     */
    public static double of(IndexedGraph<?> graph, int[] membership, int count, double resolution) {
        int n = graph.vertexCount();
        if (membership.length != n) {
            throw new IllegalArgumentException("membership has " + membership.length + " entries for " + n + " vertices");
        }
        double[] inside = new double[count];
        double[] total = new double[count];
        double twiceM = 0;
        for (int i = 0; i < n; i++) {
            int c = membership[i];
            for (int k = graph.start(i), end = graph.end(i); k < end; k++) {
                double w = graph.weight(k);
                total[c] += w;
                twiceM += w;
                if (membership[graph.neighbour(k)] == c) {
                    inside[c] += w;
                }
            }
        }
        if (twiceM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = total[c] / twiceM;
            q += inside[c] / twiceM - resolution * share * share;
        }
        return q;
    }
}
