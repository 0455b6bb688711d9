package org.crimegraph.analysis.community;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;

/**
 * The fast option: label propagation (U. N. Raghavan, R. Albert, S. Kumara, "Near linear time
 * algorithm to detect community structures in large-scale networks", Phys. Rev. E 76, 036106, 2007),
 * as implemented by JGraphT's {@link LabelPropagationClustering}, with its random source seeded so
 * that a seed gives one partition. JGraphT's implementation ignores edge weights; the reported
 * modularity is weighted, on the same graph, at the given resolution (which does not steer the
 * algorithm).
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class LabelPropagation<V extends Comparable<V>, E> implements CommunityDetection {

    /** Name used in results and on the command line. */
    public static final String NAME = "label-propagation";

    private final Graph<V, E> graph;
    private final IndexedGraph<V> indexed;
    private final double resolution;
    private final long seed;

    /**
     * @param graph   the graph JGraphT's algorithm runs on
     * @param indexed the CSR view of the same graph (for vertex indices and modularity)
     */
    public LabelPropagation(Graph<V, E> graph, IndexedGraph<V> indexed, double resolution, long seed) {
        if (graph.vertexSet().size() != indexed.vertexCount()) {
            throw new IllegalArgumentException("the indexed view is not of this graph");
        }
        this.graph = graph;
        this.indexed = indexed;
        this.resolution = resolution;
        this.seed = seed;
    }

    /**
     * Runs the algorithm. JGraphT's clustering cannot be interrupted: cancellation is checked before
     * and after it (label propagation is near-linear, seconds even on large networks).
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled
     */
    @Override
    public Communities communities(Monitor monitor) {
        monitor.check();
        List<Set<V>> clusters = new LabelPropagationClustering<>(graph, new Random(seed)).getClustering().getClusters();
        monitor.check();
        int[] membership = new int[indexed.vertexCount()];
        java.util.Arrays.fill(membership, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (V v : clusters.get(c)) {
                membership[indexed.indexOf(v)] = c;
            }
        }
        int next = clusters.size();
        for (int i = 0; i < membership.length; i++) {
            if (membership[i] < 0) {
                membership[i] = next++; // not expected: JGraphT covers every vertex; keep each alone if not
            }
        }
        return Communities.of(NAME, resolution, seed, indexed, membership);
    }
}
