package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * @param <V> vertex type, compared to fix the index order
 */
public final class IndexedGraph<V extends Comparable<V>> {

    private final List<V> vertices;
    private final Map<V, Integer> index;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;

    private IndexedGraph(List<V> vertices, Map<V, Integer> index, int[] offsets, int[] neighbours,
                         double[] weights) {
        this.vertices = vertices;
        this.index = index;
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
            if (index.put(sorted.get(i), i) != null) {
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
        return new IndexedGraph<>(List.copyOf(sorted), index, offsets, neighbours, weights);
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
        Integer i = index.get(vertex);
        if (i == null) {
            throw new IllegalArgumentException("not in the graph: " + vertex);
        }
        return i;
    }

    /** True if the vertex is in the graph. */
    public boolean contains(V vertex) {
        return index.containsKey(vertex);
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
