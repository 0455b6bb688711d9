package org.crimegraph.spark;

import java.io.Serializable;
import java.util.AbstractList;
import org.crimegraph.analysis.IndexedGraph;

/**
 * The person network as Spark broadcasts it: each link once ({@code i < j}, in the CSR order of the
 * driver's {@link IndexedGraph}) as three flat arrays, 16 bytes a link. Each executor rebuilds the CSR
 * view once ({@link #graph()}, cached in the broadcast value that the executor's tasks share) with
 * vertices {@code 0..n-1}: the same indices, neighbour order and weights as the driver's, so every
 * shortest-path search gives the same numbers as on the driver.
 */
final class BroadcastGraph implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int vertexCount;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private transient volatile IndexedGraph<Integer> graph;

    private BroadcastGraph(int vertexCount, int[] sources, int[] targets, double[] weights) {
        this.vertexCount = vertexCount;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
    }

    /** The links of {@code graph}, each once. */
    static BroadcastGraph of(IndexedGraph<?> graph) {
        int m = graph.edgeCount();
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        int e = 0;
        for (int i = 0; i < graph.vertexCount(); i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (i < j) {
                    sources[e] = i;
                    targets[e] = j;
                    weights[e] = graph.weight(k);
                    e++;
                }
            }
        }
        if (e != m) {
            throw new IllegalStateException("expected " + m + " links, found " + e);
        }
        return new BroadcastGraph(graph.vertexCount(), sources, targets, weights);
    }

    int vertexCount() {
        return vertexCount;
    }

    /** The payload Spark sends each executor: the three arrays. */
    long bytes() {
        return 16L * sources.length;
    }

    /** The CSR view over vertices {@code 0..n-1}, built once per executor. */
    IndexedGraph<Integer> graph() {
        IndexedGraph<Integer> built = graph;
        if (built == null) {
            synchronized (this) {
                built = graph;
                if (built == null) {
                    built = IndexedGraph.fromEdges(new Indices(vertexCount), sources, targets, weights, sources.length);
                    graph = built;
                }
            }
        }
        return built;
    }

    /** 0..n-1 without a boxed list in memory. */
    private static final class Indices extends AbstractList<Integer> {
        private final int size;

        Indices(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
