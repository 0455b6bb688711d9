package org.crimegraph.disruption;

import java.util.Random;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small graphs for the disruption tests. */
final class TestGraphs {

    private TestGraphs() {
    }

    /** "A,B B,C,2": links with optional weight (default 1). */
    static IndexedGraph<String> parse(String edges) {
        return IndexedGraph.of(jgrapht(edges));
    }

    static Graph<String, DefaultWeightedEdge> jgrapht(String edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String edge : edges.trim().split("\\s+")) {
            String[] p = edge.split(",");
            g.addVertex(p[0]);
            g.addVertex(p[1]);
            g.setEdgeWeight(g.addEdge(p[0], p[1]), p.length > 2 ? Double.parseDouble(p[2]) : 1.0);
        }
        return g;
    }

    /** Path A-B-C-D-E. */
    static IndexedGraph<String> path5() {
        return parse("A,B B,C C,D D,E");
    }

    /** Star: centre X, leaves A-D. */
    static IndexedGraph<String> star() {
        return parse("X,A X,B X,C X,D");
    }

    /** Triangles A-B-C and D-E-F joined through X: C-X-D. */
    static IndexedGraph<String> twoTriangles() {
        return parse("A,B B,C A,C C,X X,D D,E E,F D,F");
    }

    /** G(n, m) with zero-padded ids and random weights from the seed. */
    static IndexedGraph<String> random(int n, int m, long seed) {
        Random random = new Random(seed);
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(String.format("N%04d", i));
        }
        while (g.edgeSet().size() < m) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && !g.containsEdge(String.format("N%04d", a), String.format("N%04d", b))) {
                g.setEdgeWeight(g.addEdge(String.format("N%04d", a), String.format("N%04d", b)), 1 + random.nextInt(5));
            }
        }
        return IndexedGraph.of(g);
    }

    /** A removal mask with the named vertices removed. */
    static boolean[] removed(IndexedGraph<String> g, String... ids) {
        boolean[] r = new boolean[g.vertexCount()];
        for (String id : ids) {
            r[g.indexOf(id)] = true;
        }
        return r;
    }
}
