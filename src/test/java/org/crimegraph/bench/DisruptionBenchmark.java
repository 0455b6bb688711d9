package org.crimegraph.bench;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.KeyPlayerSearch;
import org.crimegraph.disruption.KeyPlayerSet;
import org.crimegraph.disruption.RemainderAnalysis;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalSimulation;
import org.crimegraph.disruption.RemovalStrategy;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Disruption benchmark (docs/performance.md, "Disruption"): KPP-Neg with F and DF at k = 10, and the
 * sequential-betweenness removal simulation to k = 20, on seeded Barabási–Albert graphs (m = 3) of
 * the given sizes; incremental against naive candidate evaluation in the same run.
 *
 * <pre>
 * ./mvnw -o -q test-compile && java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     org.crimegraph.bench.DisruptionBenchmark [sizes, default 1000,5000,20000] [naive limit, default 1000] [DF limit, default 5000] [searches-only]
 * </pre>
 * and {@code … DisruptionBenchmark evaluation [sizes]} for the cost of one DF candidate evaluation
 * (bit-parallel against one search per source), where the whole naive search would take too long
 * (write the class path once with {@code ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}).
 * Naive evaluation is run only up to the naive limit, and DF search only up to the DF limit (both
 * grow with candidates × n × m); above them the row says so. Each search uses one restart (the greedy start plus swaps), so that the
 * times compare evaluation strategies, not restart counts.
 */
public final class DisruptionBenchmark {

    private DisruptionBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("evaluation")) {
            evaluation(args.length > 1 ? args[1] : "1000,5000,20000");
            return;
        }
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 5000, 20000};
        int naiveLimit = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int dfLimit = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        boolean simulations = args.length <= 3 || !args[3].equals("searches-only");
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "cores %d, JVM %s, max heap %d MiB%n", threads, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| graph | task | incremental s | naive s | speed-up | result |");
        System.out.println("|---|---|---:|---:|---:|---|");
        for (int n : sizes) {
            IndexedGraph<String> g = barabasiAlbert(n, 3, 42);
            String label = String.format(Locale.ROOT, "BA n=%d m=%d", n, g.edgeCount());
            for (KeyPlayerMeasure measure : new KeyPlayerMeasure[] {KeyPlayerMeasure.F, KeyPlayerMeasure.DF}) {
                if (measure == KeyPlayerMeasure.DF && n > dfLimit) {
                    System.out.printf(Locale.ROOT, "| %s | KPP-Neg DF k=10 | not run (n > DF limit %d) | | | |%n", label, dfLimit);
                    continue;
                }
                KeyPlayerSearch.Parameters settings = KeyPlayerSearch.Parameters.DEFAULTS.withRestarts(1).withThreads(threads);
                Timed<KeyPlayerSet<String>> fast = time(() -> new KeyPlayerSearch<>(g, measure, settings).find(10));
                String naive = "—";
                String speedUp = "—";
                if (n <= naiveLimit) {
                    Timed<KeyPlayerSet<String>> slow = time(() -> new KeyPlayerSearch<>(g, measure,
                            settings.withIncremental(false)).find(10));
                    if (!slow.value().members().equals(fast.value().members())) {
                        throw new IllegalStateException("naive and incremental disagree: " + slow.value() + " vs " + fast.value());
                    }
                    naive = seconds(slow.seconds());
                    speedUp = String.format(Locale.ROOT, "%.0f×", slow.seconds() / fast.seconds());
                }
                System.out.printf(Locale.ROOT, "| %s | KPP-Neg %s k=10 | %s | %s | %s | score %.4f (baseline %.4f), %d evaluations |%n",
                        label, measure, seconds(fast.seconds()), naive, speedUp, fast.value().score(),
                        fast.value().baseline(), fast.value().evaluations());
            }
            if (!simulations) {
                continue;
            }
            RemovalSimulation.Parameters sim = RemovalSimulation.Parameters.DEFAULTS.withSteps(20).withThreads(threads);
            Timed<RemovalCurve<String>> curve = time(() -> new RemovalSimulation<>(g, sim).withoutEfficiency()
                    .run(RemovalStrategy.BETWEENNESS_SEQUENTIAL));
            Timed<RemovalCurve<String>> block = time(() -> new RemovalSimulation<>(g, sim).withoutEfficiency()
                    .run(RemovalStrategy.BETWEENNESS_BLOCK));
            System.out.printf(Locale.ROOT, "| %s | betweenness sequential k=20 (block, for scale, as naive column) | %s | %s | %.0f× slower | lccFraction after 20: %.3f |%n",
                    label, seconds(curve.seconds()), seconds(block.seconds()), curve.seconds() / block.seconds(),
                    curve.value().last().lccFraction());
            Timed<RemovalCurve<String>> measured = time(() -> new RemovalSimulation<>(g, sim).run(RemovalStrategy.DEGREE));
            System.out.printf(Locale.ROOT, "| %s | degree k=20 with F and efficiency each step | %s | — | — | efficiency %.4f → %.4f |%n",
                    label, seconds(measured.seconds()), measured.value().initial().efficiency(), measured.value().last().efficiency());
        }
    }

    /**
     * One DF candidate evaluation (efficiency of G − v for the highest-degree v), bit-parallel on one
     * thread, on all threads, and with one breadth-first search per source: median of 3 each.
     */
    static void evaluation(String sizeList) {
        System.out.println("| graph | one DF evaluation, one BFS per source | bit-parallel, 1 thread | bit-parallel, all threads | speed-up (1 thread) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String size : sizeList.split(",")) {
            int n = Integer.parseInt(size);
            IndexedGraph<String> g = barabasiAlbert(n, 3, 42);
            int hub = 0;
            for (int i = 0; i < n; i++) {
                if (g.degree(i) > g.degree(hub)) {
                    hub = i;
                }
            }
            boolean[] removed = new boolean[n];
            removed[hub] = true;
            RemainderAnalysis<String> one = new RemainderAnalysis<>(g, 1);
            RemainderAnalysis<String> all = new RemainderAnalysis<>(g, Runtime.getRuntime().availableProcessors());
            double naive = median(() -> one.efficiencyOneSourceAtATime(removed));
            double fast = median(() -> one.efficiency(removed));
            double parallel = median(() -> all.efficiency(removed));
            if (one.efficiencyOneSourceAtATime(removed) != all.efficiency(removed)) {
                throw new IllegalStateException("efficiency differs between searches");
            }
            System.out.printf(Locale.ROOT, "| BA n=%d m=%d | %.3f s | %.3f s | %.3f s | %.0f× |%n", n, g.edgeCount(), naive,
                    fast, parallel, naive / fast);
        }
    }

    static double median(Supplier<Double> task) {
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = time(task).seconds();
        }
        java.util.Arrays.sort(t);
        return t[1];
    }

    record Timed<T>(T value, double seconds) {
    }

    static <T> Timed<T> time(Supplier<T> task) {
        long start = System.nanoTime();
        T value = task.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9);
    }

    static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.2f", s) : String.format(Locale.ROOT, "%.0f", s);
    }

    /** A seeded Barabási–Albert graph with ids G00000…, unit weights. */
    static IndexedGraph<String> barabasiAlbert(int n, int m, long seed) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(
                SupplierUtil.createStringSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
        new BarabasiAlbertGraphGenerator<String, DefaultWeightedEdge>(m + 1, m, n, new Random(seed)).generateGraph(g);
        Graph<String, DefaultWeightedEdge> named = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : g.vertexSet()) {
            named.addVertex(String.format(Locale.ROOT, "G%06d", Integer.parseInt(v)));
        }
        for (DefaultWeightedEdge e : g.edgeSet()) {
            named.addEdge(String.format(Locale.ROOT, "G%06d", Integer.parseInt(g.getEdgeSource(e))),
                    String.format(Locale.ROOT, "G%06d", Integer.parseInt(g.getEdgeTarget(e))));
        }
        return IndexedGraph.of(named);
    }
}
