package org.crimegraph.analysis.links;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Computes {@link PairFeatures} on one network and one community membership. Marks neighbourhoods in
 * stamp arrays, so a pair costs O(deg(i) + deg(j) + Σ_{a ∈ N(i)} deg(a)) and nothing is allocated per pair
 * but the result. Not thread-safe: one calculator per thread.
 */
final class FeatureCalculator {

    private final IndexedGraph<?> graph;
    private final int[] community;
    private final double beta;
    private final StoreSignals<?> signals;
    private final int[] markI;
    private final int[] markJ;
    private int stamp;
    private int[] common = new int[16];
    private int commonCount;

    /**
     * @param graph     the network pairs are scored on
     * @param community each vertex's community in that network
     * @param beta      Katz attenuation
     * @param signals   the store signals over the same vertices, or null (structural predictors only)
     */
    FeatureCalculator(IndexedGraph<?> graph, int[] community, double beta) {
        this(graph, community, beta, null);
    }

    FeatureCalculator(IndexedGraph<?> graph, int[] community, double beta, StoreSignals<?> signals) {
        this.graph = graph;
        this.community = community;
        this.beta = beta;
        this.signals = signals;
        this.markI = new int[graph.vertexCount()];
        this.markJ = new int[graph.vertexCount()];
    }

    IndexedGraph<?> graph() {
        return graph;
    }

    int community(int i) {
        return community[i];
    }

    /** The features of the pair (i, j), i ≠ j; {@link #commonNeighbours()} holds the common neighbours after. */
    PairFeatures features(int i, int j) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(markI, 0);
            Arrays.fill(markJ, 0);
            stamp = 1;
        }
        for (int k = graph.start(i); k < graph.end(i); k++) {
            markI[graph.neighbour(k)] = stamp;
        }
        commonCount = 0;
        double adamicAdar = 0;
        double resource = 0;
        boolean linked = false;
        for (int k = graph.start(j); k < graph.end(j); k++) {
            int z = graph.neighbour(k);
            markJ[z] = stamp;
            if (z == i) {
                linked = true;
            } else if (markI[z] == stamp) {
                if (commonCount == common.length) {
                    common = Arrays.copyOf(common, common.length * 2);
                }
                common[commonCount++] = z;
                int degree = graph.degree(z);
                adamicAdar += 1 / Math.log(degree);
                resource += 1.0 / degree;
            }
        }
        long walks3 = 0;
        for (int k = graph.start(i); k < graph.end(i); k++) {
            int a = graph.neighbour(k);
            if (a == j) {
                continue;
            }
            for (int l = graph.start(a); l < graph.end(a); l++) {
                int b = graph.neighbour(l);
                if (b != i && markJ[b] == stamp) {
                    walks3++;
                }
            }
        }
        int di = graph.degree(i);
        int dj = graph.degree(j);
        int union = di + dj - commonCount - (linked ? 2 : 0);
        double jaccard = union == 0 ? 0 : (double) commonCount / union;
        double katz = beta * beta * commonCount + beta * beta * beta * walks3;
        return new PairFeatures(commonCount, jaccard, adamicAdar, resource, katz, walks3,
                community[i] == community[j], new PairFeatures.Degrees(di, dj),
                signals == null ? null : signals.pair(i, j));
    }

    /** The common neighbours of the last pair, in increasing index order. */
    int[] commonNeighbours() {
        return Arrays.copyOf(common, commonCount);
    }
}
