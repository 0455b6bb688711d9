package org.crimegraph.disruption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Prints, as JSON, what {@code scripts/verify_disruption.py} compares with NetworkX: global
 * efficiency of the whole graph; the removal curves of the sequential-betweenness, degree and
 * collective-influence strategies; and F, efficiency, distance-weighted reach and 2-reach of given sets.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     org.crimegraph.disruption.DisruptionReferenceRun EDGES SETS STEPS
 * </pre>
 * EDGES: one link per line, "a b"; SETS: one set per line, ids separated by spaces.
 */
public final class DisruptionReferenceRun {

    private DisruptionReferenceRun() {
    }

    public static void main(String[] args) throws IOException {
        IndexedGraph<String> g = read(Path.of(args[0]));
        List<String> sets = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int steps = Integer.parseInt(args[2]);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        RemainderAnalysis<String> analysis = new RemainderAnalysis<>(g, 1);
        root.put("efficiency", analysis.measure().efficiency());
        ObjectNode curves = root.putObject("curves");
        RemovalSimulation<String> simulation = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(steps));
        for (RemovalStrategy strategy : List.of(RemovalStrategy.BETWEENNESS_SEQUENTIAL, RemovalStrategy.DEGREE,
                RemovalStrategy.COLLECTIVE_INFLUENCE)) {
            ArrayNode list = curves.putArray(strategy.label());
            for (RemovalPoint<String> step : simulation.run(strategy).points()) {
                ObjectNode s = list.addObject();
                s.put("k", step.k());
                s.put("removed", step.removed());
                s.put("lcc", (int) step.lcc());
                s.put("components", (int) step.components());
                s.put("fragmentation", step.fragmentation());
                s.put("efficiency", step.efficiency());
            }
        }
        ArrayNode results = root.putArray("sets");
        SetReach<String> reach = new SetReach<>(g);
        for (String line : sets) {
            if (line.isBlank()) {
                continue;
            }
            List<String> ids = List.of(line.trim().split("\\s+"));
            boolean[] removed = new boolean[g.vertexCount()];
            int[] members = ids.stream().mapToInt(g::indexOf).toArray();
            for (int m : members) {
                removed[m] = true;
            }
            RemainderMeasures measures = analysis.measure(removed);
            ObjectNode r = results.addObject();
            ArrayNode set = r.putArray("set");
            ids.forEach(set::add);
            r.put("fragmentation", measures.fragmentation());
            r.put("efficiency", measures.efficiency());
            r.put("reach", reach.distanceWeightedReach(members));
            r.put("mreach2", reach.mReach(members, 2));
        }
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    static IndexedGraph<String> read(Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List<String[]> links = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.trim().split("[\\s,]+");
            if (p.length == 1 && !p[0].isEmpty()) {
                g.addVertex(p[0]);
            } else if (p.length >= 2) {
                links.add(p);
            }
        }
        for (String[] p : links) {
            g.addVertex(p[0]);
            g.addVertex(p[1]);
            if (!p[0].equals(p[1]) && !g.containsEdge(p[0], p[1])) {
                g.setEdgeWeight(g.addEdge(p[0], p[1]), p.length > 2 ? Double.parseDouble(p[2]) : 1.0);
            }
        }
        return IndexedGraph.of(g);
    }
}
