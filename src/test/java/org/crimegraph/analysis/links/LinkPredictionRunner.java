package org.crimegraph.analysis.links;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;

/**
 * Test-side entry point for {@code scripts/verify-link-prediction}: reads a training network and query
 * pairs on stdin ({@code v ID}, {@code e A B}, {@code q A B} lines), runs {@link LinkPrediction} with the
 * seed given as the first argument, and prints the model ({@code model ...}), the best {@code K} suggestions
 * (second argument; {@code top A B SCORE}) and the score of every query pair ({@code q A B SCORE}).
 */
public final class LinkPredictionRunner {

    private LinkPredictionRunner() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int k = Integer.parseInt(args[1]);
        List<String> vertices = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<int[]> edges = new ArrayList<>();
        List<String[]> queries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] p = line.trim().split("\\s+");
                switch (p[0]) {
                    case "v" -> {
                        index.put(p[1], vertices.size());
                        vertices.add(p[1]);
                    }
                    case "e" -> edges.add(new int[] {index.get(p[1]), index.get(p[2])});
                    case "q" -> queries.add(new String[] {p[1], p[2]});
                    case "" -> { }
                    default -> throw new IllegalArgumentException("unknown line: " + line);
                }
            }
        }
        IndexedGraph<String> graph = unweighted(vertices, edges);
        long started = System.nanoTime();
        LinkPrediction.Result<String> result = new LinkPrediction<>(graph, LinkPrediction.Parameters.seeded(seed))
                .compute(Monitor.NONE);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("model " + millis + " " + result.suggestions().size() + " " + result.training().describe());
        for (int r = 0; r < Math.min(k, result.suggestions().size()); r++) {
            LinkSuggestion<String> x = result.suggestions().get(r);
            out.println(String.format(Locale.ROOT, "top %s %s %.17g", x.source(), x.target(), x.score()));
        }
        for (String[] q : queries) {
            out.println(String.format(Locale.ROOT, "q %s %s %.17g", q[0], q[1],
                    result.score(graph.indexOf(q[0]), graph.indexOf(q[1]))));
        }
        out.flush();
    }

    /** The unweighted graph of {@code edges} (pairs of indexes into {@code vertices}). */
    public static IndexedGraph<String> unweighted(List<String> vertices, List<int[]> edges) {
        int[] s = new int[edges.size()];
        int[] t = new int[edges.size()];
        double[] w = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            s[e] = edges.get(e)[0];
            t[e] = edges.get(e)[1];
            w[e] = 1;
        }
        return IndexedGraph.fromEdges(List.copyOf(vertices), s, t, w, edges.size());
    }
}
