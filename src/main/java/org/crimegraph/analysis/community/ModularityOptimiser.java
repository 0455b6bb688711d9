package org.crimegraph.analysis.community;

import org.crimegraph.analysis.IndexedGraph;

/**
 * What the modularity-optimising multilevel algorithms ({@link Louvain}, {@link Leiden}) share: the
 * graph and the {@link CommunityDetection.Parameters parameters} (resolution γ and seed). Their local
 * moving runs on {@link NeighbourCommunities}, their levels on {@link WorkGraph}.
 *
 * @param <V> vertex type
 */
abstract class ModularityOptimiser<V extends Comparable<V>> implements CommunityDetection {

    final IndexedGraph<V> graph;
    final Parameters parameters;

    ModularityOptimiser(IndexedGraph<V> graph, Parameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    /** The result for a membership of the original vertices. */
    final Communities result(String name, int[] membership) {
        return Communities.of(name, parameters.resolution(), parameters.seed(), graph, membership);
    }
}
