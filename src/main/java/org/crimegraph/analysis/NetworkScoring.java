package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;

/**
 * Computes the standard per-vertex views of a network (design.md §4) in one pass over a shared
 * {@link IndexedGraph}: degree and strength, exact betweenness with closeness and harmonic
 * centrality from the same searches ({@link BrandesBetweenness}), weighted PageRank
 * ({@link WeightedPageRank}), eigenvector centrality ({@link EigenvectorCentrality}), core numbers
 * ({@link CoreDecomposition}), local clustering ({@link LocalClustering}), connected components
 * ({@link ConnectedComponents})
 * and articulation points with their removal effect ({@link ArticulationPoints}).
 *
 * <p>Why one class: every caller that ranks or explains targets needs all of these together, and
 * building the CSR view once is the main fixed cost.
 *
 * @param <V> vertex type
 */
public final class NetworkScoring<V extends Comparable<V>> {

    private final IndexedGraph<V> graph;
    private final PathLength pathLength;
    private final int threads;
    private final BetweennessMethod method;
    private NetworkScores<V> scores;

    /** Scores a JGraphT graph with betweenness on 1/weight distances. */
    public NetworkScoring(Graph<V, ?> graph, int threads) {
        this(IndexedGraph.of(graph), PathLength.INVERSE_WEIGHT, threads);
    }

    /**
     * @param graph      the graph
     * @param pathLength how betweenness, closeness and harmonic measure path length
     * @param threads    worker threads for betweenness, closeness and harmonic (at least 1)
     */
    public NetworkScoring(IndexedGraph<V> graph, PathLength pathLength, int threads) {
        this(graph, pathLength, threads, BetweennessMethod.EXACT);
    }

    /**
     * @param graph      the graph
     * @param pathLength how betweenness, closeness and harmonic measure path length
     * @param threads    worker threads for the path measures (at least 1)
     * @param method     exact or approximate betweenness; closeness and harmonic are exact either way
     */
    public NetworkScoring(IndexedGraph<V> graph, PathLength pathLength, int threads, BetweennessMethod method) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.graph = graph;
        this.pathLength = pathLength;
        this.threads = threads;
        this.method = method;
    }

    /** The CSR view the scores are indexed by. */
    public IndexedGraph<V> graph() {
        return graph;
    }

    /** Computes (once) and returns the scores. */
    public synchronized NetworkScores<V> scores() {
        if (scores == null) {
            BetweennessScores betweenness;
            DistanceScores distances;
            String description;
            if (method instanceof BetweennessMethod.Approximate a) {
                ApproximateBetweennessScores approximate = new ApproximateBetweenness<>(graph, pathLength,
                        a.epsilon(), a.delta(), a.seed(), threads).scores();
                betweenness = approximate.betweenness();
                distances = BrandesBetweenness.distancesOnly(graph, pathLength, threads).distanceScores();
                description = approximate.describe();
            } else {
                BrandesBetweenness<V> brandes = new BrandesBetweenness<>(graph, pathLength, threads);
                betweenness = brandes.scores();
                distances = brandes.distanceScores();
                description = method.describe();
            }
            WeightedPageRank<V> pageRank = new WeightedPageRank<>(graph);
            EigenvectorCentrality<V> eigenvector = new EigenvectorCentrality<>(graph);
            CoreDecomposition<V> cores = new CoreDecomposition<>(graph);
            LocalClustering<V> clustering = new LocalClustering<>(graph);
            ConnectedComponents<V> components = new ConnectedComponents<>(graph);
            ArticulationPoints<V> cuts = new ArticulationPoints<>(graph);
            List<VertexScore<V>> list = new ArrayList<>(graph.vertexCount());
            for (int i = 0; i < graph.vertexCount(); i++) {
                list.add(new VertexScore<>(graph.vertex(i), i, graph.degree(i), graph.strength(i),
                        betweenness.raw(i), betweenness.normalised(i), pageRank.score(i),
                        distances.closeness(i), distances.harmonic(i), eigenvector.score(i), cores.coreness(i),
                        clustering.coefficient(i), components.componentOf(i), cuts.isArticulationPoint(i), cuts.removalEffect(i)));
            }
            List<Integer> sizes = new ArrayList<>();
            for (int size : components.sizes()) {
                sizes.add(size);
            }
            scores = new NetworkScores<>(pathLength, list, sizes, cuts.bridges(), description);
        }
        return scores;
    }
}
