package org.crimegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.crimegraph.analysis.ArticulationPoints;
import org.crimegraph.analysis.BetweennessScores;
import org.crimegraph.analysis.BrandesBetweenness;
import org.crimegraph.analysis.ConnectedComponents;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.graph.PathLength;
import org.crimegraph.analysis.WeightedPageRank;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.Leiden;
import org.crimegraph.analysis.community.Louvain;
import org.crimegraph.ingest.EdgeListFile;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * The analysis benchmark (issue 4, deliverable 10): crimegraph's CSR algorithms against JGraphT's own,
 * Neo4j GDS 2.13 in the same JVM and python-igraph 0.10.2, on seeded planted-partition graphs of 10k
 * vertices / 50k edges and 100k / 500k, all in one run; the ratios go to {@code docs/performance.md}
 * under "Analysis", between markers, so the section can be regenerated.
 *
 * <p>Run: {@code scripts/bench-analysis [--full] [--sizes 10000:50000,100000:500000] [--jgrapht-cap 60]
 * [--gds-sample 500] [--no-gds] [--no-igraph] [--no-jgrapht-betweenness] [--out docs/performance.md]}.
 * Without {@code --full}: JGraphT's betweenness is stopped after {@code --jgrapht-cap} CPU seconds and
 * extrapolated ({@link JGraphTBetweenness}); exact betweenness at 100k/500k (minutes to hours per tool)
 * is extrapolated from the 10k/50k run by the O(nm) cost of Brandes' algorithm, except GDS, which
 * samples {@code --gds-sample} source vertices; JGraphT's closeness and harmonic
 * centrality (a Dijkstra per vertex) are skipped, and so are closeness and harmonic at 100k/500k for GDS
 * (igraph's are extrapolated like betweenness).
 *
 * <p>To add a measure: one line in {@link #crimegraphTasks}, and its peers in {@link #jgraphtTasks},
 * {@link #gdsTasks} or {@link #IGRAPH_MEASURES} (same measure name), and the table shows the ratios.
 */
public final class AnalysisBenchmark {

    static final String CRIMEGRAPH = "crimegraph";
    static final String JGRAPHT = "JGraphT 1.5.3";
    static final String GDS = "GDS 2.13.9";
    static final String IGRAPH = "igraph 0.10.2";

    /** Measures the igraph script runs (see scripts/bench_igraph.py). */
    static final List<String> IGRAPH_MEASURES =
            List.of("betweenness", "pagerank", "components", "articulation", "closeness", "harmonic", "louvain", "leiden");

    /** A named computation for the harness to time; returns a short note on its result. */
    record Task(String measure, int threads, Callable<String> run) {
    }

    private final BenchmarkOptions options;
    private final List<Result> results = new ArrayList<>();
    private final List<MemoryResult> memory = new ArrayList<>();

    private AnalysisBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        new AnalysisBenchmark(options).run();
        // GDS and Neo4j leave non-daemon threads behind
        System.exit(0);
    }

    private void run() throws Exception {
        String loadBefore = Clock.loadAverage();
        long started = System.nanoTime();
        List<PlantedPartitionGraph> graphs = new ArrayList<>();
        for (int[] size : options.sizes()) {
            log("generating %,d vertices / %,d edges (seed %d)", size[0], size[1], options.seed());
            graphs.add(PlantedPartitionGraph.generate(size[0], size[1], 100, 0.2, options.seed()));
        }
        warmUp();
        for (PlantedPartitionGraph graph : graphs) {
            Path csv = options.work().resolve("planted-" + graph.vertexCount() + "-" + graph.edgeCount() + ".csv");
            graph.writeCsv(csv);
            measureMemory(graph);
            measureBuilds(graph, csv);
            IndexedGraph<String> indexed = graph.indexed(graph.names());
            runAll(graph.label(), CRIMEGRAPH, crimegraphTasks(graph, indexed));
            indexed = null;
            if (options.jgraphtBetweenness() && graph.vertexCount() <= 20_000) {
                results.add(JGraphTBetweenness.run(graph.label(), simpleGraph(graph), options.jgraphtCapSeconds()));
            }
            runAll(graph.label(), JGRAPHT, jgraphtTasks(graph));
            runIgraph(graph, csv);
            report(graphs, loadBefore, started, false);
        }
        if (options.gds()) {
            runGds(graphs);
        }
        report(graphs, loadBefore, started, true);
    }

    /** Writes the report; also after each graph, marked partial, so that a long run leaves its results so far. */
    private void report(List<PlantedPartitionGraph> graphs, String loadBefore, long started, boolean complete)
            throws IOException {
        List<Result> measured = new ArrayList<>(results);
        extrapolate(graphs);
        String loadAfter = Clock.loadAverage();
        double minutes = (System.nanoTime() - started) / 60e9;
        String markdown = (complete ? "" : "**Partial run: the benchmark was still running when this was written.**\n\n")
                + new PerformanceReport(results, memory, options, loadBefore, loadAfter, minutes).markdown();
        results.clear();
        results.addAll(measured);
        if (complete) {
            System.out.println(markdown);
        }
        if (options.out() != null) {
            PerformanceReport.writeSection(options.out(), markdown);
            log("wrote the Analysis section of %s%s", options.out(), complete ? "" : " (partial)");
        }
    }

    /** Compiles the hot loops before anything is timed, on a small graph of the same kind. */
    private void warmUp() throws Exception {
        log("warming up on 2k/10k");
        PlantedPartitionGraph small = PlantedPartitionGraph.generate(2000, 10_000, 100, 0.2, options.seed() + 1);
        IndexedGraph<String> g = small.indexed(small.names());
        for (Task task : crimegraphTasks(small, g)) {
            task.run().call();
        }
        JGraphTBetweenness.calibrate(simpleGraph(small));
        for (Task task : jgraphtTasks(small)) {
            if (!task.measure().equals("closeness") && !task.measure().equals("harmonic")) {
                task.run().call();
            }
        }
    }

    // ---------------------------------------------------------------- crimegraph

    /** crimegraph's measures on its CSR graph. Add a line here to benchmark a new measure. */
    private List<Task> crimegraphTasks(PlantedPartitionGraph graph, IndexedGraph<String> g) {
        List<Task> tasks = new ArrayList<>();
        boolean exactBetweenness = graph.vertexCount() <= 20_000 || options.full();
        for (int threads : new int[] {1, 2}) {
            if (exactBetweenness && (threads == 2 || graph.vertexCount() <= 20_000)) {
                tasks.add(new Task("betweenness", threads,
                        () -> betweennessNote(new BrandesBetweenness<>(g, PathLength.HOPS, threads).scores())));
            }
        }
        if (exactBetweenness) {
            // one pass gives both closeness and harmonic; timed once per measure so each row compares like with like
            for (String measure : List.of("closeness", "harmonic")) {
                tasks.add(new Task(measure, 2, () -> {
                    var d = BrandesBetweenness.distancesOnly(g, PathLength.HOPS, 2).distanceScores();
                    return "closeness and harmonic from one BFS per source (" + d.size() + " vertices)";
                }));
            }
        }
        tasks.add(new Task("louvain", 1, () -> communitiesNote(new Louvain<>(g, 1.0, 1).communities())));
        tasks.add(new Task("leiden", 1, () -> communitiesNote(new Leiden<>(g, 1.0, 1).communities())));
        tasks.add(new Task("pagerank", 1, () -> {
            WeightedPageRank<String> pr = new WeightedPageRank<>(g);
            return pr.iterations() + " iterations to L1 change < n·1e-12";
        }));
        tasks.add(new Task("components", 1, () -> {
            ConnectedComponents<String> c = new ConnectedComponents<>(g);
            return c.count() + " components, largest " + c.largestSize();
        }));
        tasks.add(new Task("articulation", 1, () -> {
            ArticulationPoints<String> a = new ArticulationPoints<>(g);
            return a.indices().length + " articulation points, " + a.bridges().size() + " bridges (iterative)";
        }));
        return tasks;
    }

    private static String communitiesNote(Communities c) {
        return String.format(java.util.Locale.ROOT, "modularity %.4f, %d communities", c.modularity(), c.count());
    }

    private static String betweennessNote(BetweennessScores scores) {
        double max = 0;
        double sum = 0;
        for (int i = 0; i < scores.size(); i++) {
            max = Math.max(max, scores.raw(i));
            sum += scores.raw(i);
        }
        return String.format("max %.6g, sum %.8g", max, sum);
    }

    // ---------------------------------------------------------------- JGraphT

    private List<Task> jgraphtTasks(PlantedPartitionGraph graph) {
        Graph<Integer, DefaultEdge> g = simpleGraph(graph);
        int n = graph.vertexCount();
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("pagerank", 1, () -> {
            new PageRank<>(g, 0.85, 1000, 1e-12).getScores();
            return "to max change < 1e-12";
        }));
        tasks.add(new Task("components", 1, () -> {
            List<?> sets = new ConnectivityInspector<>(g).connectedSets();
            return sets.size() + " components";
        }));
        tasks.add(new Task("articulation", 1, () -> jgraphtCutpoints(g)));
        if (options.full() && n <= 20_000) {
            tasks.add(new Task("closeness", 1, () -> {
                new ClosenessCentrality<>(g, false, true).getScores();
                return "Dijkstra per vertex";
            }));
            tasks.add(new Task("harmonic", 1, () -> {
                new HarmonicCentrality<>(g, false, true).getScores();
                return "Dijkstra per vertex";
            }));
        }
        return tasks;
    }

    /** JGraphT's recursive BiconnectivityInspector on a thread with the default stack size (-Xss). */
    private static String jgraphtCutpoints(Graph<Integer, DefaultEdge> g) throws InterruptedException {
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(new BiconnectivityInspector<>(g).getCutpoints().size() + " articulation points (recursive)");
            } catch (StackOverflowError e) {
                outcome.set("StackOverflowError");
            }
        }, "jgrapht-biconnectivity", 0);
        thread.start();
        thread.join();
        if ("StackOverflowError".equals(outcome.get())) {
            throw new StackOverflowError("BiconnectivityInspector overflowed the default thread stack");
        }
        return outcome.get();
    }

    static Graph<Integer, DefaultEdge> simpleGraph(PlantedPartitionGraph graph) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < graph.vertexCount(); v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            g.addEdge(graph.sources()[e], graph.targets()[e]);
        }
        return g;
    }

    private static Graph<Integer, DefaultWeightedEdge> weightedGraph(PlantedPartitionGraph graph) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.vertexCount(); v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            g.setEdgeWeight(g.addEdge(graph.sources()[e], graph.targets()[e]), 1.0);
        }
        return g;
    }

    private static Graph<Integer, Integer> sparseGraph(PlantedPartitionGraph graph) {
        List<Triple<Integer, Integer, Double>> triples = new ArrayList<>(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e++) {
            triples.add(Triple.of(graph.sources()[e], graph.targets()[e], 1.0));
        }
        return new SparseIntUndirectedWeightedGraph(graph.vertexCount(), triples);
    }

    // ---------------------------------------------------------------- memory and build

    private void measureMemory(PlantedPartitionGraph graph) {
        int before = memory.size();
        measureMemoryOf(graph);
        for (MemoryResult m : memory.subList(before, memory.size())) {
            log("  %s %s: %.1f bytes per edge (%s)", m.graph(), m.structure(), m.bytesPerEdge(), m.basis());
        }
    }

    private void measureMemoryOf(PlantedPartitionGraph graph) {
        String label = graph.label();
        int m = graph.edgeCount();
        int n = graph.vertexCount();
        log("%s: memory", label);
        List<String> names = graph.names();
        memory.add(new MemoryResult(label, "crimegraph IndexedGraph, CSR arrays only (offsets, neighbours, weights)",
                4L * (n + 1) + 12L * 2 * m, m, "array sizes"));
        memory.add(new MemoryResult(label, "crimegraph IndexedGraph<String>, ids " + PlantedPartitionGraph.name(0)
                + "… created here", HeapMeter.retainedBytes(() -> graph.indexed(graph.names())), m, "retained heap"));
        memory.add(new MemoryResult(label, "crimegraph IndexedGraph<String> without its ids (ids held by the caller)",
                HeapMeter.retainedBytes(() -> graph.indexed(names)), m, "retained heap"));
        memory.add(new MemoryResult(label, "JGraphT SimpleWeightedGraph<Integer, DefaultWeightedEdge>",
                HeapMeter.retainedBytes(() -> weightedGraph(graph)), m, "retained heap"));
        memory.add(new MemoryResult(label, "jgrapht-opt SparseIntUndirectedWeightedGraph",
                HeapMeter.retainedBytes(() -> sparseGraph(graph)), m, "retained heap"));
    }

    private void measureBuilds(PlantedPartitionGraph graph, Path csv) {
        String label = graph.label();
        List<String> names = graph.names();
        log("%s: build times", label);
        record(label, "CSR build", CRIMEGRAPH, 1, Clock.median(() -> graph.indexed(names), 5, 3),
                "IndexedGraph.fromEdges from int arrays");
        record(label, "CSR build", JGRAPHT, 1, Clock.median(() -> weightedGraph(graph), 5, 3),
                "SimpleWeightedGraph, addVertex/addEdge");
        record(label, "CSR build", "jgrapht-opt 1.5.2", 1, Clock.median(() -> sparseGraph(graph), 5, 3),
                "SparseIntUndirectedWeightedGraph from a list of boxed triples");
        record(label, "edge-list file", CRIMEGRAPH, 1, Clock.median(() -> EdgeListFile.read(csv), 5, 3),
                "EdgeListFile.read: parse CSV + build CSR (" + sizeOf(csv) + ")");
    }

    private static String sizeOf(Path file) {
        try {
            return String.format("%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- harness

    private void runAll(String graph, String tool, List<Task> tasks) {
        for (Task task : tasks) {
            log("%s: %s %s (%d thread%s)", graph, tool, task.measure(), task.threads(), task.threads() == 1 ? "" : "s");
            try {
                Clock.Timed<String> t = Clock.median(task.run(), 5, 3);
                record(graph, task.measure(), tool, task.threads(), t, t.value());
            } catch (StackOverflowError e) {
                failed(graph, task, tool, "StackOverflowError: " + e.getMessage());
            } catch (RuntimeException e) {
                failed(graph, task, tool, e.toString());
            }
        }
    }

    private void failed(String graph, Task task, String tool, String why) {
        results.add(Result.failure(graph, task.measure(), tool, task.threads(), why));
        log("  %s %s %s failed: %s", graph, tool, task.measure(), why);
    }

    private void record(String graph, String measure, String tool, int threads, Clock.Timed<?> t, String note) {
        results.add(new Result(graph, measure, tool, threads, t.wallSeconds(), t.cpuSeconds(), Result.MEASURED, note));
        log("  %s %s %s: %.3f s wall, %.3f s CPU  %s", graph, tool, measure, t.wallSeconds(), t.cpuSeconds(), note);
    }

    // ---------------------------------------------------------------- igraph

    private void runIgraph(PlantedPartitionGraph graph, Path csv) throws IOException, InterruptedException {
        if (!options.igraph()) {
            return;
        }
        String why = IgraphPeer.unavailableReason();
        if (why != null) {
            results.add(Result.failure(graph.label(), "betweenness", IGRAPH, 1, why));
            return;
        }
        List<String> measures = new ArrayList<>(IGRAPH_MEASURES);
        if (graph.vertexCount() > 20_000 && !options.full()) {
            measures.removeAll(List.of("betweenness", "closeness", "harmonic"));
        }
        log("%s: igraph %s", graph.label(), measures);
        IgraphPeer.run(csv, graph.vertexCount(), measures).forEach((measure, t) -> {
            results.add(new Result(graph.label(), measure, IGRAPH, 1, t.wallSeconds(), t.cpuSeconds(), Result.MEASURED, t.note()));
            log("  %s igraph %s: %.3f s wall, %.3f s CPU  %s", graph.label(), measure, t.wallSeconds(), t.cpuSeconds(), t.note());
        });
    }

    // ---------------------------------------------------------------- GDS

    private void runGds(List<PlantedPartitionGraph> graphs) throws IOException {
        Path home = options.work().resolve("gds-db");
        PrivateFiles.deleteTree(home);
        log("starting embedded Neo4j 5.26 with GDS");
        try (GdsPeer gds = new GdsPeer(home)) {
            log("GDS %s: %d procedure and function classes registered", gds.version(), gds.registered());
            for (PlantedPartitionGraph graph : graphs) {
                String name = "g" + graph.vertexCount();
                String label = "N" + graph.vertexCount();
                log("%s: loading into Neo4j and projecting", graph.label());
                Clock.Timed<?> load = Clock.once(() -> {
                    gds.load(name, label, graph.vertexCount(), graph.sources(), graph.targets(), graph.edgeCount());
                    return null;
                });
                log("  loaded and projected in %.1f s", load.wallSeconds());
                for (int concurrency : new int[] {1, 2}) {
                    for (Task task : gdsTasks(gds, graph, name, concurrency)) {
                        runAll(graph.label(), GDS, List.of(task));
                    }
                }
                gds.single("CALL gds.graph.drop($name) YIELD graphName", Map.of("name", name));
            }
        } finally {
            PrivateFiles.deleteTree(home);
        }
    }

    private List<Task> gdsTasks(GdsPeer gds, PlantedPartitionGraph graph, String name, int concurrency) {
        int n = graph.vertexCount();
        List<Task> tasks = new ArrayList<>();
        Map<String, Object> params = Map.of("g", name, "c", concurrency);
        if (n <= 20_000 || options.full()) {
            tasks.add(new Task("betweenness", concurrency, () -> String.format("max %.6g", ((Number) gds.single(
                    "CALL gds.betweenness.stats($g, {concurrency: $c}) YIELD centralityDistribution "
                            + "RETURN centralityDistribution.max AS max", params).get("max")).doubleValue())));
        } else {
            int sample = options.gdsSample();
            tasks.add(new Task("betweenness (sampled)", concurrency, () -> {
                gds.single("CALL gds.betweenness.stats($g, {concurrency: $c, samplingSize: $s, samplingSeed: 42}) "
                        + "YIELD centralityDistribution RETURN centralityDistribution.max AS max",
                        Map.of("g", name, "c", concurrency, "s", (long) sample));
                return sample + " sources";
            }));
        }
        tasks.add(new Task("pagerank", concurrency, () -> {
            Map<String, Object> row = gds.single("CALL gds.pageRank.stats($g, {concurrency: $c, maxIterations: 1000, "
                    + "tolerance: $t}) YIELD ranIterations, didConverge", Map.of("g", name, "c", concurrency, "t", n * 1e-12));
            return row.get("ranIterations") + " iterations to max change < n·1e-12 (GDS scores sum to n)";
        }));
        tasks.add(new Task("components", concurrency, () -> gds.single(
                "CALL gds.wcc.stats($g, {concurrency: $c}) YIELD componentCount", params).get("componentCount") + " components"));
        tasks.add(new Task("articulation", concurrency, () -> gds.single(
                "CALL gds.articulationPoints.stats($g, {concurrency: $c}) YIELD articulationPointCount", params)
                .get("articulationPointCount") + " articulation points"));
        if (n > 20_000 && !options.full()) {
            tasks.add(communityTask(gds, "louvain", "gds.louvain.stats($g, {concurrency: $c})", params));
            tasks.add(communityTask(gds, "leiden", "gds.leiden.stats($g, {concurrency: $c, randomSeed: 42})", params));
            return tasks;
        }
        tasks.add(new Task("closeness", concurrency, () -> {
            gds.single("CALL gds.closeness.stats($g, {concurrency: $c, useWassermanFaust: true}) YIELD centralityDistribution", params);
            return "Wasserman–Faust";
        }));
        tasks.add(new Task("harmonic", concurrency, () -> {
            gds.single("CALL gds.closeness.harmonic.stats($g, {concurrency: $c}) YIELD centralityDistribution", params);
            return "";
        }));
        tasks.add(communityTask(gds, "louvain", "gds.louvain.stats($g, {concurrency: $c})", params));
        tasks.add(communityTask(gds, "leiden", "gds.leiden.stats($g, {concurrency: $c, randomSeed: 42})", params));
        return tasks;
    }

    private static Task communityTask(GdsPeer gds, String measure, String call, Map<String, Object> params) {
        return new Task(measure, (Integer) params.get("c"), () -> {
            Map<String, Object> row = gds.single("CALL " + call + " YIELD modularity, communityCount", params);
            return String.format("modularity %.4f, %s communities", ((Number) row.get("modularity")).doubleValue(),
                    row.get("communityCount"));
        });
    }

    // ---------------------------------------------------------------- extrapolation

    /**
     * Exact betweenness at the larger size for tools not run there: the time at the smaller size times
     * the ratio of n·m (Brandes: one O(m) search per source), and GDS's sampled run times n / sample.
     */
    private void extrapolate(List<PlantedPartitionGraph> graphs) {
        if (graphs.size() < 2) {
            return;
        }
        PlantedPartitionGraph small = graphs.get(0);
        for (PlantedPartitionGraph large : graphs.subList(1, graphs.size())) {
            double scale = (double) large.vertexCount() * large.edgeCount() / ((double) small.vertexCount() * small.edgeCount());
            for (String tool : List.of(CRIMEGRAPH, JGRAPHT, IGRAPH)) {
                for (String measure : List.of("betweenness", "closeness", "harmonic")) {
                    for (int threads : new int[] {1, 2}) {
                        if (find(large.label(), measure, tool, threads) != null) {
                            continue;
                        }
                        Result base = find(small.label(), measure, tool, threads);
                        if (base != null && base.measured() && !base.failed()) {
                            results.add(new Result(large.label(), measure, tool, threads, base.wallSeconds() * scale,
                                    base.cpuSeconds() * scale, String.format("extrapolated: %s × %.0f (n·m)", small.label(), scale), ""));
                        }
                    }
                }
            }
            for (int c : new int[] {1, 2}) {
                Result sampled = find(large.label(), "betweenness (sampled)", GDS, c);
                if (sampled != null && !sampled.failed()) {
                    double factor = (double) large.vertexCount() / options.gdsSample();
                    results.add(new Result(large.label(), "betweenness", GDS, c, sampled.wallSeconds() * factor,
                            sampled.cpuSeconds() * factor, String.format("extrapolated: %,d sampled sources × %.0f",
                            options.gdsSample(), factor), ""));
                }
            }
        }
    }

    private Result find(String graph, String measure, String tool, int threads) {
        return results.stream().filter(r -> r.graph().equals(graph) && r.measure().equals(measure)
                && r.tool().equals(tool) && r.threads() == threads).findFirst().orElse(null);
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    static String describeSizes(List<int[]> sizes) {
        return String.join(", ", sizes.stream().map(Arrays::toString).toList());
    }
}
