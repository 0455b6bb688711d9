package org.crimegraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.LabelPropagation;
import org.crimegraph.analysis.community.Leiden;
import org.crimegraph.analysis.community.Louvain;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Community detection benchmark: crimegraph's Louvain, Leiden and label propagation against JGraphT's
 * label propagation (same JVM) and igraph's multilevel and Leiden (python-igraph 0.10.2 in a
 * subprocess, same run), on seeded graphs with planted communities. Prints a Markdown table with the
 * median time, the modularity (NetworkX's formula, weighted, resolution 1) and the ratio to igraph's
 * multilevel time.
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/community-classpath.txt &amp;&amp; \
 *   java -Xmx6g -cp target/classes:target/test-classes:$(cat target/community-classpath.txt) \
 *   org.crimegraph.bench.CommunityBenchmark [RUNS]
 * </pre>
 * Graphs: n nodes in communities of 20–200 nodes (sizes drawn uniformly), m edges, each inside a
 * community with probability 0.7 (μ = 0.3), else between two random nodes; integer weights 1–5;
 * duplicates merged by adding weights. Seeds are fixed, so every run benchmarks the same graphs.
 */
public final class CommunityBenchmark {

    private CommunityBenchmark() {
    }

    /** A generated graph as edge arrays. */
    record EdgeList(int n, int[] a, int[] b, double[] w) {
    }

    /** One measured method on one graph. */
    record Row(String graph, String method, double medianSeconds, double bestModularity, double meanModularity,
               int communities) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Row> rows = new ArrayList<>();
        for (int[] size : new int[][] {{10_000, 50_000}, {100_000, 500_000}}) {
            EdgeList edges = planted(size[0], size[1], 0.3, 20260101L + size[0]);
            String name = String.format(Locale.ROOT, "%,d / %,d", size[0], edges.a().length);
            System.err.println("graph " + name + ": building");
            Graph<Integer, DefaultWeightedEdge> graph = jgrapht(edges);
            IndexedGraph<Integer> indexed = IndexedGraph.of(graph);
            rows.addAll(igraph(name, edges, runs));
            rows.add(measure(name, "crimegraph Louvain", runs, true, seed -> new Louvain<>(indexed, 1.0, seed).communities()));
            rows.add(measure(name, "crimegraph Leiden", runs, true, seed -> new Leiden<>(indexed, 1.0, seed).communities()));
            // label propagation takes about a minute per run on the large graph on a busy 2-core machine: one run there,
            // already warmed up by the small graph
            boolean small = size[0] <= 10_000;
            int lpaRuns = small ? runs : 1;
            rows.add(measure(name, "crimegraph label propagation (JGraphT inside)", lpaRuns, small,
                    seed -> new LabelPropagation<>(graph, indexed, 1.0, seed).communities()));
            rows.add(measure(name, "JGraphT LabelPropagationClustering", lpaRuns, small, seed -> {
                var clusters = new LabelPropagationClustering<>(graph, new Random(seed)).getClustering().getClusters();
                int[] membership = new int[indexed.vertexCount()];
                for (int c = 0; c < clusters.size(); c++) {
                    for (Integer v : clusters.get(c)) {
                        membership[indexed.indexOf(v)] = c;
                    }
                }
                return Communities.of("jgrapht-lpa", 1.0, seed, indexed, membership);
            }));
        }
        print(rows, runs);
    }

    interface Method {
        Communities run(long seed);
    }

    static Row measure(String graph, String method, int runs, boolean warmUp, Method m) {
        if (warmUp) {
            System.err.println("  " + method + ": warm-up");
            m.run(1000); // warm-up (JIT), not timed
        }
        double[] seconds = new double[runs];
        double best = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int communities = 0;
        for (int s = 0; s < runs; s++) {
            long t0 = System.nanoTime();
            Communities c = m.run(s);
            seconds[s] = (System.nanoTime() - t0) / 1e9;
            sum += c.modularity();
            if (c.modularity() > best) {
                best = c.modularity();
                communities = c.count();
            }
            System.err.printf(Locale.ROOT, "  %s seed %d: %.3f s, Q = %.6f, %d communities%n", method, s, seconds[s],
                    c.modularity(), c.count());
        }
        return new Row(graph, method, median(seconds), best, sum / runs, communities);
    }

    static List<Row> igraph(String graph, EdgeList edges, int runs) throws IOException, InterruptedException {
        Path file = Files.createTempFile("crimegraph-bench-", ".txt");
        try {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.println(edges.n());
                for (int e = 0; e < edges.a().length; e++) {
                    out.printf(Locale.ROOT, "%d %d %s%n", edges.a()[e], edges.b()[e], edges.w()[e]);
                }
            }
            System.err.println("  igraph (python subprocess)");
            Process p = new ProcessBuilder("/usr/bin/python3", "scripts/bench_communities_igraph.py", file.toString(),
                    String.valueOf(runs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, List<double[]>> byMethod = new LinkedHashMap<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.err.println("  igraph " + line);
                    String[] f = line.split(" ");
                    byMethod.computeIfAbsent(f[0], k -> new ArrayList<>()).add(
                            new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("igraph benchmark failed");
            }
            List<Row> rows = new ArrayList<>();
            Map<String, String> label = Map.of("multilevel", "igraph community_multilevel",
                    "leiden", "igraph community_leiden (n_iterations=2)",
                    "leiden-converged", "igraph community_leiden (n_iterations=-1)");
            for (var entry : byMethod.entrySet()) {
                double[] seconds = entry.getValue().stream().mapToDouble(r -> r[0]).toArray();
                double best = Double.NEGATIVE_INFINITY;
                double sum = 0;
                int communities = 0;
                for (double[] r : entry.getValue()) {
                    sum += r[1];
                    if (r[1] > best) {
                        best = r[1];
                        communities = (int) r[2];
                    }
                }
                rows.add(new Row(graph, label.get(entry.getKey()), median(seconds), best, sum / seconds.length, communities));
            }
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void print(List<Row> rows, int runs) {
        System.out.printf(Locale.ROOT, "Median of %d seeded runs (seeds 0..%d) after one warm-up run (label propagation "
                + "on the large graph: one run); modularity at resolution 1, NetworkX's weighted formula.%n%n", runs, runs - 1);
        System.out.println("| graph (nodes / edges) | method | median time (s) | time / igraph multilevel | best Q | mean Q | communities (best run) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        Map<String, Double> baseline = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.method().equals("igraph community_multilevel")) {
                baseline.put(r.graph(), r.medianSeconds());
            }
        }
        for (Row r : rows) {
            Double base = baseline.get(r.graph());
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %s | %.6f | %.6f | %d |%n", r.graph(), r.method(),
                    r.medianSeconds(), base == null ? "" : String.format(Locale.ROOT, "%.2f", r.medianSeconds() / base),
                    r.bestModularity(), r.meanModularity(), r.communities());
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    }

    /** Seeded graph with planted communities (see the class comment); duplicate pairs merged. */
    static EdgeList planted(int n, int m, double mixing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] communityStart = new int[n + 1];
        int[] communityOf = new int[n];
        int communities = 0;
        int at = 0;
        while (at < n) {
            int size = Math.min(20 + random.nextInt(181), n - at);
            communityStart[communities] = at;
            for (int i = 0; i < size; i++) {
                communityOf[at + i] = communities;
            }
            at += size;
            communities++;
        }
        communityStart[communities] = n;
        // random node labels, so that community members are not contiguous ids
        int[] label = Shuffle.permutation(n, random);
        long[] keys = new long[m];
        double[] weights = new double[m];
        for (int e = 0; e < m; e++) {
            int u;
            int v;
            do {
                u = random.nextInt(n);
                if (random.nextDouble() < mixing) {
                    v = random.nextInt(n);
                } else {
                    int c = communityOf[u];
                    v = communityStart[c] + random.nextInt(communityStart[c + 1] - communityStart[c]);
                }
            } while (u == v);
            int a = Math.min(label[u], label[v]);
            int b = Math.max(label[u], label[v]);
            keys[e] = ((long) a << 32) | b;
            weights[e] = 1 + random.nextInt(5);
        }
        Integer[] order = new Integer[m];
        for (int e = 0; e < m; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        int k = -1;
        long previous = -1;
        for (int idx : order) {
            if (keys[idx] != previous) {
                k++;
                a[k] = (int) (keys[idx] >>> 32);
                b[k] = (int) keys[idx];
                previous = keys[idx];
            }
            w[k] += weights[idx];
        }
        return new EdgeList(n, Arrays.copyOf(a, k + 1), Arrays.copyOf(b, k + 1), Arrays.copyOf(w, k + 1));
    }

    static Graph<Integer, DefaultWeightedEdge> jgrapht(EdgeList edges) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < edges.n(); i++) {
            g.addVertex(i);
        }
        for (int e = 0; e < edges.a().length; e++) {
            g.setEdgeWeight(g.addEdge(edges.a()[e], edges.b()[e]), edges.w()[e]);
        }
        return g;
    }
}
