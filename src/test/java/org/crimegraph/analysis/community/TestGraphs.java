package org.crimegraph.analysis.community;

import java.util.Random;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small graphs for the community and link tests; vertex names are zero-padded so natural order is numeric. */
public final class TestGraphs {

    private TestGraphs() {
    }

    static Graph<String, DefaultWeightedEdge> empty() {
        return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    }

    static String name(int i) {
        return String.format("%03d", i);
    }

    static void link(Graph<String, DefaultWeightedEdge> g, String a, String b, double w) {
        g.addVertex(a);
        g.addVertex(b);
        g.setEdgeWeight(g.addEdge(a, b), w);
    }

    static void link(Graph<String, DefaultWeightedEdge> g, int a, int b) {
        link(g, name(a), name(b), 1.0);
    }

    /** "A,B,2 B,C,1" triples. */
    public static Graph<String, DefaultWeightedEdge> parse(String edges) {
        Graph<String, DefaultWeightedEdge> g = empty();
        for (String edge : edges.trim().split("\\s+")) {
            String[] p = edge.split(",");
            link(g, p[0], p[1], Double.parseDouble(p[2]));
        }
        return g;
    }

    /** A clique on vertices from..from+size-1. */
    static void clique(Graph<String, DefaultWeightedEdge> g, int from, int size) {
        for (int i = from; i < from + size; i++) {
            g.addVertex(name(i));
            for (int j = i + 1; j < from + size; j++) {
                link(g, i, j);
            }
        }
    }

    /** nx.barbell_graph(5, 0): K5 on 0..4, K5 on 5..9, edge 4-5. */
    static Graph<String, DefaultWeightedEdge> twoCliques() {
        Graph<String, DefaultWeightedEdge> g = empty();
        clique(g, 0, 5);
        clique(g, 5, 5);
        link(g, 4, 5);
        return g;
    }

    /** nx.ring_of_cliques(cliques, size): clique i on i*size.., clique i's first vertex linked to the previous clique's last... as NetworkX. */
    static Graph<String, DefaultWeightedEdge> ringOfCliques(int cliques, int size) {
        Graph<String, DefaultWeightedEdge> g = empty();
        for (int c = 0; c < cliques; c++) {
            clique(g, c * size, size);
        }
        // NetworkX: for i in range(num_cliques - 1): add_edge(i*size+1, (i+1)*size); then add_edge(0, n-1)
        for (int i = 0; i < cliques - 1; i++) {
            link(g, i * size + 1, (i + 1) * size);
        }
        link(g, 0, cliques * size - 1);
        return g;
    }

    /** A seeded random graph with {@code groups} planted groups: p_in inside, p_out between; weights 1..5. */
    public static Graph<String, DefaultWeightedEdge> planted(int groups, int size, double pIn, double pOut, long seed) {
        Random r = new Random(seed);
        Graph<String, DefaultWeightedEdge> g = empty();
        int n = groups * size;
        for (int i = 0; i < n; i++) {
            g.addVertex(name(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double p = i / size == j / size ? pIn : pOut;
                if (r.nextDouble() < p) {
                    link(g, name(i), name(j), 1 + r.nextInt(5));
                }
            }
        }
        return g;
    }

    public static IndexedGraph<String> indexed(Graph<String, DefaultWeightedEdge> g) {
        return IndexedGraph.of(g);
    }

    /** Zachary's karate club, K00..K33, with or without its interaction counts as weights. */
    public static IndexedGraph<String> karate(boolean weighted) {
        return ModularityTest.karate(weighted);
    }
}
