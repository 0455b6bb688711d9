package org.crimegraph.disruption;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Collective influence (F. Morone and H. A. Makse, "Influence maximization in complex networks
 * through optimal percolation", Nature 524:65–68, 2015):
 * {@code CI_ℓ(i) = (k_i − 1) Σ_{j ∈ ∂Ball(i, ℓ)} (k_j − 1)}, where {@code k} is the degree in the
 * remaining graph and {@code ∂Ball(i, ℓ)} the vertices at exactly ℓ hops from {@code i}. The
 * simulation uses ℓ = {@value #DEFAULT_RADIUS} (the paper's experiments use ℓ = 2 to 4 with little
 * difference on sparse graphs; small ℓ keeps each update local) and recomputes CI after every
 * removal, as the paper's adaptive algorithm does; the paper's final reinsertion step is not used,
 * since a removal order, not a minimal set, is wanted.
 */
final class CollectiveInfluence {

    /** The ball radius ℓ. */
    static final int DEFAULT_RADIUS = 2;

    private CollectiveInfluence() {
    }

    /** CI_ℓ of every remaining vertex (−1 for removed ones). */
    static double[] scores(IndexedGraph<?> graph, boolean[] removed, int radius) {
        int n = graph.vertexCount();
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            if (removed[i]) {
                continue;
            }
            for (int k = graph.start(i); k < graph.end(i); k++) {
                if (!removed[graph.neighbour(k)]) {
                    degree[i]++;
                }
            }
        }
        double[] ci = new double[n];
        Arrays.fill(ci, -1);
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        for (int i = 0; i < n; i++) {
            if (removed[i]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            dist[i] = 0;
            queue[tail++] = i;
            long frontier = 0;
            while (head < tail) {
                int v = queue[head++];
                if (dist[v] == radius) {
                    frontier += degree[v] - 1;
                    continue;
                }
                for (int k = graph.start(v); k < graph.end(v); k++) {
                    int w = graph.neighbour(k);
                    if (!removed[w] && dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            for (int t = 0; t < tail; t++) {
                dist[queue[t]] = -1;
            }
            ci[i] = (double) (degree[i] - 1) * frontier;
        }
        return ci;
    }
}
