package org.crimegraph.analysis.community;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Runs crimegraph's community detection for {@code scripts/verify_communities.py}: reads a graph from
 * standard input and prints, per requested run, one line {@code RUN algorithm resolution seed count
 * modularity millis} followed by one line per vertex, {@code vertex community coordinator itinerant
 * gatekeeperRepresentative liaison} (its {@link BrokerageRoles} with these communities as groups), and {@code END}.
 *
 * <p>Input: lines {@code v ID} (a vertex, so isolated ones are kept) and {@code e A B WEIGHT}.
 * Arguments: one or more {@code algorithm:resolution:seed} specs.
 */
public final class CommunityRunner {

    private CommunityRunner() {
    }

    public static void main(String[] args) throws Exception {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("v")) {
                    graph.addVertex(f[1]);
                } else if (f[0].equals("e")) {
                    graph.addVertex(f[1]);
                    graph.addVertex(f[2]);
                    DefaultWeightedEdge e = graph.addEdge(f[1], f[2]);
                    if (e == null) {
                        e = graph.getEdge(f[1], f[2]);
                        graph.setEdgeWeight(e, graph.getEdgeWeight(e) + Double.parseDouble(f[3]));
                    } else {
                        graph.setEdgeWeight(e, Double.parseDouble(f[3]));
                    }
                }
            }
        }
        IndexedGraph<String> indexed = IndexedGraph.of(graph);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String spec : args) {
            String[] p = spec.split(":");
            CommunityAlgorithm algorithm = CommunityAlgorithm.parse(p[0]);
            double resolution = Double.parseDouble(p[1]);
            long seed = Long.parseLong(p[2]);
            long t0 = System.nanoTime();
            Communities c = algorithm.run(graph, indexed, resolution, seed);
            double millis = (System.nanoTime() - t0) / 1e6;
            out.printf(java.util.Locale.ROOT, "RUN %s %s %d %d %.17g %.3f%n", algorithm.cliName(), resolution, seed,
                    c.count(), c.modularity(), millis);
            BrokerageRoles roles = new BrokerageRoles(indexed, c);
            for (int i = 0; i < indexed.vertexCount(); i++) {
                out.println(indexed.vertex(i) + " " + c.communityOf(i) + " " + roles.coordinator(i) + " "
                        + roles.itinerant(i) + " " + roles.gatekeeperRepresentative(i) + " " + roles.liaison(i));
            }
            out.println("END");
        }
        out.flush();
    }
}
