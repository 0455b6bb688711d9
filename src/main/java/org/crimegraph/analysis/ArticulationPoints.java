package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Articulation points (cut vertices) and bridges (cut edges) by Hopcroft and Tarjan's depth-first
 * search with low-points: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6):372–378, 1973. O(n + m). The search is
 * {@link LowPointSearch} (iterative, shared with {@code disruption.CutVertexPieces}).
 *
 * <p>Why: an articulation point is a person whose removal splits their part of the network; a
 * bridge is a single link that alone holds two parts together. For each vertex the search also gives
 * what its removal does ({@link RemovalEffect}), read off the depth-first subtree sizes: a child
 * {@code c} of {@code v} with {@code low(c) >= disc(v)} becomes a separate piece of size
 * {@code subtree(c)}, and the rest of the component (if {@code v} is not the root) is one more piece.
 *
 * @param <V> vertex type
 */
public final class ArticulationPoints<V extends Comparable<V>> {

    private final IndexedGraph<V> graph;
    private final boolean[] articulation;
    private final RemovalEffect[] effects;
    private final List<Bridge<V>> bridges;
    private final int componentCount;

    public ArticulationPoints(IndexedGraph<V> graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        LowPointSearch search = new LowPointSearch(graph);
        int[] children = new int[n];
        int[] separatedCount = new int[n];
        int[] separatedSize = new int[n];
        int[] largestSeparated = new int[n];
        long[] bridgeKeys = new long[Math.max(0, n - 1)];
        int bridgeCount = 0;
        int components = search.componentCount();
        for (int v = 0; v < n; v++) {
            int p = search.parent(v);
            if (p < 0) {
                continue;
            }
            children[p]++;
            if (search.separates(v)) {
                separatedCount[p]++;
                separatedSize[p] += search.subtree(v);
                largestSeparated[p] = Math.max(largestSeparated[p], search.subtree(v));
            }
            if (search.isBridge(v)) {
                bridgeKeys[bridgeCount++] = ((long) Math.min(p, v) << 32) | Math.max(p, v);
            }
        }

        this.componentCount = components;
        this.articulation = new boolean[n];
        this.effects = new RemovalEffect[n];
        for (int v = 0; v < n; v++) {
            int size = search.componentSize(v);
            int pieces;
            int largest;
            if (search.isRoot(v)) {
                pieces = children[v];
                largest = largestSeparated[v];
            } else {
                int rest = size - 1 - separatedSize[v];
                pieces = separatedCount[v] + 1;
                largest = Math.max(largestSeparated[v], rest);
            }
            articulation[v] = pieces > 1;
            effects[v] = new RemovalEffect(size, pieces, largest, components - 1 + pieces);
        }
        long[] keys = Arrays.copyOf(bridgeKeys, bridgeCount);
        Arrays.sort(keys);
        List<Bridge<V>> list = new ArrayList<>(bridgeCount);
        for (long key : keys) {
            list.add(new Bridge<>(graph.vertex((int) (key >>> 32)), graph.vertex((int) key)));
        }
        this.bridges = Collections.unmodifiableList(list);
    }

    /** True if removing vertex {@code i} splits its component. */
    public boolean isArticulationPoint(int i) {
        return articulation[i];
    }

    /** Indices of all articulation points, increasing. */
    public int[] indices() {
        return java.util.stream.IntStream.range(0, articulation.length).filter(i -> articulation[i]).toArray();
    }

    /** All articulation points, in natural order. */
    public List<V> articulationPoints() {
        List<V> result = new ArrayList<>();
        for (int i : indices()) {
            result.add(graph.vertex(i));
        }
        return result;
    }

    /** What removing vertex {@code i} does to its component. */
    public RemovalEffect removalEffect(int i) {
        return effects[i];
    }

    /** All bridges, ordered by their endpoints. */
    public List<Bridge<V>> bridges() {
        return bridges;
    }

    /** Number of connected components before any removal. */
    public int componentCount() {
        return componentCount;
    }
}
