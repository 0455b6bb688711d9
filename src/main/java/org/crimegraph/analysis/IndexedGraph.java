package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;

/**
 * A compact, read-only, int-indexed view of an undirected weighted graph in compressed sparse row
 * (CSR) form: vertex {@code i}'s neighbours are {@code neighbour(k)} for {@code k} from
 * {@code start(i)} (inclusive) to {@code end(i)} (exclusive), with edge weights {@code weight(k)}.
 *
 * <p>Why: the centrality and structure algorithms in this package run on millions of edge visits;
 * walking JGraphT's object graph (edge objects, hash maps, boxed weights) costs far more than the
 * arithmetic. This view is built once per graph and shared by all of them.
 *
 * <p>Conventions, fixed so that results are reproducible:
 * <ul>
 *   <li>vertices are indexed in their natural order (index 0 is the smallest id);</li>
 *   <li>each vertex's neighbours are listed in increasing index order;</li>
 *   <li>self-loops are dropped (they lie on no shortest path and carry no tie between two persons);</li>
 *   <li>parallel edges, if the source graph allows them, are merged into one edge whose weight is the sum.</li>
 * </ul>
 * Weights are tie strengths as in the source graph (larger = stronger).
 *
 * <p>Two ways in: {@link #of(Graph)} from a JGraphT graph (small inputs, the person network), and
 * {@link #fromEdges} straight from arrays of edges (large inputs such as an edge-list file), which never
 * builds a JGraphT graph or a boxed edge. Memory: {@code 4(n + 1) + 24m} bytes for the CSR arrays of
 * {@code n} vertices and {@code m} edges, plus the vertices themselves; a vertex's index is found by
 * binary search in the sorted vertex list, so there is no hash map of vertices.
 *
 * @param <V> vertex type, compared to fix the index order
 */
public final class IndexedGraph<V extends Comparable<V>> {

    private final List<V> vertices;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;

    private IndexedGraph(List<V> vertices, int[] offsets, int[] neighbours, double[] weights) {
        this.vertices = vertices;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /**
     * Builds the CSR view of an undirected JGraphT graph.
     *
     * @throws IllegalArgumentException if the graph is directed
     */
    public static <V extends Comparable<V>, E> IndexedGraph<V> of(Graph<V, E> graph) {
        if (graph.getType().isDirected()) {
            throw new IllegalArgumentException("IndexedGraph needs an undirected graph");
        }
        List<V> sorted = new ArrayList<>(graph.vertexSet());
        Collections.sort(sorted);
        int n = sorted.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (index.put(sorted.get(i), i) != null || i > 0 && sorted.get(i - 1).compareTo(sorted.get(i)) == 0) {
                throw new IllegalArgumentException("two vertices compare equal: " + sorted.get(i));
            }
        }
        int[] offsets = new int[n + 1];
        // first pass: gather each vertex's (neighbour, weight) pairs, sort, merge parallels
        int[][] adjacency = new int[n][];
        double[][] adjacencyWeights = new double[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            V v = sorted.get(i);
            var edges = graph.edgesOf(v);
            long[] keyed = new long[edges.size()];
            double[] raw = new double[edges.size()];
            int count = 0;
            for (E e : edges) {
                V other = graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                int j = index.get(other);
                if (j == i) {
                    continue;
                }
                raw[count] = graph.getEdgeWeight(e);
                keyed[count] = ((long) j << 32) | count;
                count++;
            }
            long[] order = Arrays.copyOf(keyed, count);
            Arrays.sort(order);
            int[] adj = new int[count];
            double[] w = new double[count];
            int merged = 0;
            for (int k = 0; k < count; k++) {
                int j = (int) (order[k] >>> 32);
                double weight = raw[(int) (order[k] & 0xffffffffL)];
                if (merged > 0 && adj[merged - 1] == j) {
                    w[merged - 1] += weight;
                } else {
                    adj[merged] = j;
                    w[merged] = weight;
                    merged++;
                }
            }
            adjacency[i] = Arrays.copyOf(adj, merged);
            adjacencyWeights[i] = Arrays.copyOf(w, merged);
            total += merged;
        }
        int[] neighbours = new int[total];
        double[] weights = new double[total];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + adjacency[i].length;
            System.arraycopy(adjacency[i], 0, neighbours, offsets[i], adjacency[i].length);
            System.arraycopy(adjacencyWeights[i], 0, weights, offsets[i], adjacency[i].length);
        }
        return new IndexedGraph<>(List.copyOf(sorted), offsets, neighbours, weights);
    }

    /**
     * Builds the CSR view straight from an undirected edge list held in arrays: edge {@code e} joins
     * {@code vertices.get(sources[e])} and {@code vertices.get(targets[e])} with weight {@code weights[e]},
     * for {@code e < edgeCount} (the arrays may be longer, as growable buffers are). Self-loops are
     * dropped and parallel edges (in either direction) merged by summing their weights, in edge order.
     * The result follows the class conventions, so it equals {@link #of(Graph)} of the same edges.
     *
     * <p>Cost: O(n log n + m) time, no sort of the edges (adjacency lists come out ordered from a
     * two-pass bucket fill); peak memory about twice the final CSR arrays plus the inputs.
     *
     * @param vertices  distinct vertices, in any order (for example, in order of first appearance in a file)
     * @param sources   first endpoint of each edge, as a position in {@code vertices}
     * @param targets   second endpoint of each edge, as a position in {@code vertices}
     * @param weights   weight of each edge
     * @param edgeCount number of edges to read from the arrays
     * @throws IllegalArgumentException if two vertices compare equal, or an endpoint is out of range
     */
    public static <V extends Comparable<V>> IndexedGraph<V> fromEdges(List<V> vertices, int[] sources, int[] targets,
                                                                        double[] weights, int edgeCount) {
        int n = vertices.size();
        if (edgeCount < 0 || edgeCount > sources.length || edgeCount > targets.length || edgeCount > weights.length) {
            throw new IllegalArgumentException("edgeCount " + edgeCount + " does not fit the edge arrays");
        }
        // rank[p] = index (natural order) of the vertex at position p
        Object[] sorted = vertices.toArray();
        for (Object v : sorted) {
            Objects.requireNonNull(v, "null vertex");
        }
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            if (compare(sorted[i - 1], sorted[i]) == 0) {
                throw new IllegalArgumentException("two vertices compare equal: " + sorted[i]);
            }
        }
        int[] rank = new int[n];
        for (int p = 0; p < n; p++) {
            rank[p] = Arrays.binarySearch(sorted, vertices.get(p));
        }
        // pass 1: arcs in both directions, bucketed by tail, in edge order (self-loops dropped)
        int[] offsets = new int[n + 1];
        for (int e = 0; e < edgeCount; e++) {
            int u = endpoint(sources, e, n);
            int v = endpoint(targets, e, n);
            if (u != v) {
                offsets[rank[u] + 1]++;
                offsets[rank[v] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int arcs = offsets[n];
        int[] cursor = Arrays.copyOf(offsets, n);
        int[] heads = new int[arcs];
        double[] arcWeights = new double[arcs];
        for (int e = 0; e < edgeCount; e++) {
            int u = rank[sources[e]];
            int v = rank[targets[e]];
            if (u != v) {
                int k = cursor[u]++;
                heads[k] = v;
                arcWeights[k] = weights[e];
                k = cursor[v]++;
                heads[k] = u;
                arcWeights[k] = weights[e];
            }
        }
        // pass 2: reverse every arc, visiting tails in increasing order, so each list comes out sorted
        int[] neighbours = new int[arcs];
        double[] merged = new double[arcs];
        System.arraycopy(offsets, 0, cursor, 0, n);
        for (int u = 0; u < n; u++) {
            for (int k = offsets[u], end = offsets[u + 1]; k < end; k++) {
                int v = heads[k];
                int slot = cursor[v]++;
                neighbours[slot] = u;
                merged[slot] = arcWeights[k];
            }
        }
        heads = null;
        arcWeights = null;
        // pass 3: merge runs of the same neighbour (parallel edges) in place
        int write = 0;
        int from = 0;
        for (int u = 0; u < n; u++) {
            int end = offsets[u + 1];
            offsets[u] = write;
            for (int k = from; k < end; k++) {
                if (write > offsets[u] && neighbours[write - 1] == neighbours[k]) {
                    merged[write - 1] += merged[k];
                } else {
                    neighbours[write] = neighbours[k];
                    merged[write] = merged[k];
                    write++;
                }
            }
            from = end;
        }
        offsets[n] = write;
        if (write < arcs) {
            neighbours = Arrays.copyOf(neighbours, write);
            merged = Arrays.copyOf(merged, write);
        }
        @SuppressWarnings("unchecked")
        List<V> ordered = (List<V>) (List<?>) List.of(sorted);
        return new IndexedGraph<>(ordered, offsets, neighbours, merged);
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static int endpoint(int[] ends, int e, int n) {
        int p = ends[e];
        if (p < 0 || p >= n) {
            throw new IllegalArgumentException("edge " + e + " names vertex position " + p + " of " + n);
        }
        return p;
    }

    /** Number of vertices. */
    public int vertexCount() {
        return vertices.size();
    }

    /** Number of (undirected) edges. */
    public int edgeCount() {
        return neighbours.length / 2;
    }

    /** The vertex with index {@code i}. */
    public V vertex(int i) {
        return vertices.get(i);
    }

    /** All vertices in index (natural) order. */
    public List<V> vertices() {
        return vertices;
    }

    /** The index of a vertex. @throws IllegalArgumentException if it is not in the graph */
    public int indexOf(V vertex) {
        int i = vertex == null ? -1 : Collections.binarySearch(vertices, vertex);
        if (i < 0) {
            throw new IllegalArgumentException("not in the graph: " + vertex);
        }
        return i;
    }

    /** True if the vertex is in the graph. */
    public boolean contains(V vertex) {
        return vertex != null && Collections.binarySearch(vertices, vertex) >= 0;
    }

    /** First adjacency slot of vertex {@code i}. */
    public int start(int i) {
        return offsets[i];
    }

    /** One past the last adjacency slot of vertex {@code i}. */
    public int end(int i) {
        return offsets[i + 1];
    }

    /** Number of neighbours of vertex {@code i}. */
    public int degree(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The neighbour in adjacency slot {@code k}. */
    public int neighbour(int k) {
        return neighbours[k];
    }

    /** True if {@code i} and {@code j} are linked: a binary search in {@code i}'s neighbours (in index order). */
    public boolean adjacent(int i, int j) {
        int lo = offsets[i];
        int hi = offsets[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = neighbours[mid];
            if (v < j) {
                lo = mid + 1;
            } else if (v > j) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The weight (tie strength) of the edge in adjacency slot {@code k}. */
    public double weight(int k) {
        return weights[k];
    }

    /** Sum of the weights of the edges at vertex {@code i} (weighted degree). */
    public double strength(int i) {
        double sum = 0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            sum += weights[k];
        }
        return sum;
    }
}
