package org.crimegraph.disruption;

import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Builds a new {@link IndexedGraph} from an existing one with some vertices removed and some links
 * added, so that the analysis package's algorithms (betweenness, PageRank) can run on the remainder.
 * Vertex ids are kept; indices are those of the new graph.
 */
final class Subgraphs {

    private Subgraphs() {
    }

    /** The graph without the vertices marked in {@code removed}, plus {@code added} links (index pairs, weight 1). */
    static <V extends Comparable<V>> IndexedGraph<V> remainder(IndexedGraph<V> graph, boolean[] removed,
                                                              List<int[]> added) {
        Graph<V, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        int n = graph.vertexCount();
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                g.addVertex(graph.vertex(i));
            }
        }
        for (int i = 0; i < n; i++) {
            if (removed[i]) {
                continue;
            }
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (j > i && !removed[j]) {
                    g.setEdgeWeight(g.addEdge(graph.vertex(i), graph.vertex(j)), graph.weight(k));
                }
            }
        }
        for (int[] link : added) {
            V a = graph.vertex(link[0]);
            V b = graph.vertex(link[1]);
            if (!removed[link[0]] && !removed[link[1]] && !a.equals(b) && !g.containsEdge(a, b)) {
                g.setEdgeWeight(g.addEdge(a, b), 1.0);
            }
        }
        return IndexedGraph.of(g);
    }

    /** Same as {@link #remainder(IndexedGraph, boolean[], List)} with no added links. */
    static <V extends Comparable<V>> IndexedGraph<V> remainder(IndexedGraph<V> graph, boolean[] removed) {
        return remainder(graph, removed, List.of());
    }
}
