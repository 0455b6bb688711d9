package org.crimegraph.analysis;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small graphs used by several tests. */
final class SampleGraphs {

    private SampleGraphs() {
    }

    static Graph<String, DefaultWeightedEdge> empty() {
        return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    }

    /** Adds an edge, creating its endpoints. */
    static void link(Graph<String, DefaultWeightedEdge> g, String a, String b, double weight) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), weight);
    }

    /** Builds a graph from "a b weight" triples separated by spaces and commas: "A,B,2 B,C,1". */
    static Graph<String, DefaultWeightedEdge> parse(String edges) {
        Graph<String, DefaultWeightedEdge> g = empty();
        for (String edge : edges.trim().split("\\s+")) {
            String[] parts = edge.split(",");
            link(g, parts[0], parts[1], Double.parseDouble(parts[2]));
        }
        return g;
    }

    /** Path A-B-C-D-E with unit weights. */
    static Graph<String, DefaultWeightedEdge> path5() {
        return parse("A,B,1 B,C,1 C,D,1 D,E,1");
    }

    /** Path of {@code n} vertices named by zero-padded numbers, so natural order follows the path. */
    static Graph<String, DefaultWeightedEdge> longPath(int n) {
        Graph<String, DefaultWeightedEdge> g = empty();
        String previous = null;
        for (int i = 0; i < n; i++) {
            String v = String.format("%07d", i);
            g.addVertex(v);
            if (previous != null) {
                g.setEdgeWeight(g.addEdge(previous, v), 1.0);
            }
            previous = v;
        }
        return g;
    }

    /**
     * Two triangles A-B-C and D-E-F joined through X: C-X-D. Articulation points C, X, D; bridges C-X, X-D.
     */
    static Graph<String, DefaultWeightedEdge> twoTrianglesAndBridgeVertex() {
        return parse("A,B,1 B,C,1 A,C,1 C,X,1 X,D,1 D,E,1 E,F,1 D,F,1");
    }

    /** Random simple graph with {@code n} vertices, about {@code m} edges and weights in 0.5..5.5. */
    static Graph<String, DefaultWeightedEdge> random(int n, int m, long seed) {
        Random random = new Random(seed);
        Graph<String, DefaultWeightedEdge> g = empty();
        for (int i = 0; i < n; i++) {
            g.addVertex(String.format("N%04d", i));
        }
        for (int k = 0; k < m; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            String va = String.format("N%04d", a);
            String vb = String.format("N%04d", b);
            // integer weights make many equal-length shortest paths, which exercises tie handling
            double w = 1 + random.nextInt(3);
            if (a != b && !g.containsEdge(va, vb)) {
                g.setEdgeWeight(g.addEdge(va, vb), w);
            }
        }
        return g;
    }

    /** The index of the highest score (the first of equal ones): the top vertex by a measure. */
    static int topVertex(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
