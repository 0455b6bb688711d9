package org.crimegraph.app.links;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.links.LinkPrediction;
import org.crimegraph.analysis.links.LinkSuggestion;
import org.crimegraph.analysis.links.StoreSignals;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.LinkSignalReader;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.StoreTarget;

/**
 * Test-side entry point for {@code scripts/verify-link-prediction --store NAME=DIR}: the held-out evaluation of
 * {@code suggest-links} on a store's person network (all reports), with and without the store signals, on
 * splits the script makes (so they are the same splits as for the edge lists and NetworkX).
 *
 * <ul>
 *   <li>{@code STORE dump}: prints the network's links, {@code e A B} per line.</li>
 *   <li>{@code STORE run}: reads blocks {@code split SEED K}, {@code v ID}…, {@code e A B}… (the remaining
 *       network), {@code q A B}… (pairs to score), {@code end}; for each, runs {@link LinkPrediction} with seed
 *       SEED on the remaining network twice, structural ({@code structural}: what {@code --edges} and
 *       {@code LinkPredictionRunner} do) and with the store signals ({@code signals}: what {@code suggest-links}
 *       on the store does), and prints {@code model MODE ...}, the best K ({@code top MODE A B SCORE}) and every
 *       query's score ({@code q MODE A B SCORE}). The signals are read once from the store; the activity
 *       overlap of a pair never counts the events that join the two (a hidden link's own evidence).</li>
 * </ul>
 */
public final class StoreLinkPredictionRunner {

    private StoreLinkPredictionRunner() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(Path.of(args[0])))) {
            PersonNetwork network = new PersonNetworkReader(store).read(ProjectionFilter.ALL);
            if (args[1].equals("dump")) {
                for (PersonLink link : network.links()) {
                    out.println("e " + link.source() + " " + link.target());
                }
                out.flush();
                return;
            }
            LinkSignalReader.Signals signals = new LinkSignalReader(store, Monitor.NONE).read(ProjectionFilter.ALL,
                    new HashSet<>(network.graph().vertexSet()));
            out.println("signals " + signals.calls().size() + " calls to unowned numbers, " + signals.events().size()
                    + " dated events");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                long seed = 0;
                int k = 0;
                List<String> vertices = new ArrayList<>();
                Map<String, Integer> index = new HashMap<>();
                List<int[]> edges = new ArrayList<>();
                List<String[]> queries = new ArrayList<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] p = line.trim().split("\\s+");
                    switch (p[0]) {
                        case "split" -> {
                            seed = Long.parseLong(p[1]);
                            k = Integer.parseInt(p[2]);
                            vertices.clear();
                            index.clear();
                            edges.clear();
                            queries.clear();
                        }
                        case "v" -> {
                            index.put(p[1], vertices.size());
                            vertices.add(p[1]);
                        }
                        case "e" -> edges.add(new int[] {index.get(p[1]), index.get(p[2])});
                        case "q" -> queries.add(new String[] {p[1], p[2]});
                        case "end" -> evaluate(out, seed, k, vertices, edges, queries, signals);
                        case "" -> { }
                        default -> throw new IllegalArgumentException("unknown line: " + line);
                    }
                }
            }
        }
        out.flush();
    }

    private static void evaluate(PrintStream out, long seed, int k, List<String> vertices, List<int[]> edges,
                                 List<String[]> queries, LinkSignalReader.Signals read) {
        IndexedGraph<String> graph = org.crimegraph.analysis.links.LinkPredictionRunner.unweighted(vertices, edges);
        out.println("split " + seed);
        for (String mode : List.of("structural", "signals")) {
            StoreSignals<String> signals = mode.equals("signals") ? StoreSignals.of(graph, read.calls(), read.events(),
                    PersonNetworkReader.DEFAULT_CROSSING_WINDOW) : null;
            long started = System.nanoTime();
            LinkPrediction.Result<String> result = new LinkPrediction<>(graph, LinkPrediction.Parameters.seeded(seed),
                    signals).compute(Monitor.NONE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println("model " + mode + " " + millis + " " + result.suggestions().size() + " "
                    + result.training().describe() + " coefficients "
                    + java.util.Arrays.toString(result.training().modelled() ? result.training().model().coefficients()
                    : new double[0]));
            for (int r = 0; r < Math.min(k, result.suggestions().size()); r++) {
                LinkSuggestion<String> x = result.suggestions().get(r);
                out.println(String.format(Locale.ROOT, "top %s %s %s %.17g", mode, x.source(), x.target(), x.score()));
            }
            for (String[] q : queries) {
                out.println(String.format(Locale.ROOT, "q %s %s %s %.17g", mode, q[0], q[1],
                        result.score(graph.indexOf(q[0]), graph.indexOf(q[1]))));
            }
        }
        out.println("done " + seed);
        out.flush();
    }
}
