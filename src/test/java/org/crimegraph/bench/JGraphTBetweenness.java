package org.crimegraph.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.GraphDelegator;

/**
 * JGraphT's {@link BetweennessCentrality} (exact, unweighted) with a CPU-time cap: it takes minutes on
 * 10k/50k and hours on 100k/500k. Progress is observed by counting the adjacency look-ups the algorithm
 * makes through a {@link GraphDelegator} (a fixed number per source, calibrated on a small graph run to
 * the end); if the cap is reached, the run is stopped and its time extrapolated to all sources
 * (one search per source, each of the same cost on a connected graph).
 */
final class JGraphTBetweenness {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Adjacency look-ups per source per vertex, from the calibration run. */
    private static double lookUpsPerSourceVertex = Double.NaN;

    private JGraphTBetweenness() {
    }

    /** Counts adjacency look-ups; costs one virtual call and one increment per look-up. */
    private static final class CountingGraph extends GraphDelegator<Integer, DefaultEdge> {
        private static final long serialVersionUID = 1L;
        final AtomicLong lookUps = new AtomicLong();

        CountingGraph(Graph<Integer, DefaultEdge> graph) {
            super(graph);
        }

        @Override
        public Set<DefaultEdge> edgesOf(Integer vertex) {
            lookUps.lazySet(lookUps.get() + 1);
            return super.edgesOf(vertex);
        }

        @Override
        public Set<DefaultEdge> outgoingEdgesOf(Integer vertex) {
            lookUps.lazySet(lookUps.get() + 1);
            return super.outgoingEdgesOf(vertex);
        }
    }

    /** Runs the small graph to the end to learn how many look-ups one source makes. */
    static void calibrate(Graph<Integer, DefaultEdge> small) {
        CountingGraph counting = new CountingGraph(small);
        new BetweennessCentrality<>(counting, false).getScores();
        int n = small.vertexSet().size();
        lookUpsPerSourceVertex = counting.lookUps.get() / ((double) n * n);
    }

    /** Runs (capped at {@code capSeconds} of process CPU time; 0 = no cap) and returns the timing. */
    @SuppressWarnings({"deprecation", "removal"})
    static Result run(String label, Graph<Integer, DefaultEdge> graph, double capSeconds) throws InterruptedException {
        int n = graph.vertexSet().size();
        CountingGraph counting = new CountingGraph(graph);
        AtomicReference<Map<Integer, Double>> scores = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                scores.set(new BetweennessCentrality<>(counting, false).getScores());
            } catch (ThreadDeath stopped) {
                // the cap was reached
            }
        }, "jgrapht-betweenness");
        worker.setDaemon(true);
        AnalysisBenchmark.log("%s: JGraphT betweenness%s", label, capSeconds > 0 ? " (capped at " + capSeconds + " s CPU)" : "");
        long cpu0 = OS.getProcessCpuTime();
        long wall0 = System.nanoTime();
        worker.start();
        while (worker.isAlive()) {
            worker.join(200);
            if (capSeconds > 0 && (OS.getProcessCpuTime() - cpu0) / 1e9 > capSeconds && worker.isAlive()) {
                worker.stop();
                worker.join();
                break;
            }
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        Map<Integer, Double> done = scores.get();
        Result result;
        if (done != null) {
            double max = 0;
            double sum = 0;
            for (double s : done.values()) {
                max = Math.max(max, s);
                sum += s;
            }
            result = new Result(label, "betweenness", AnalysisBenchmark.JGRAPHT, 1, wall, cpu, Result.MEASURED,
                    String.format("max %.6g, sum %.8g", max, sum));
        } else {
            double sources = counting.lookUps.get() / (lookUpsPerSourceVertex * n);
            double factor = n / sources;
            result = new Result(label, "betweenness", AnalysisBenchmark.JGRAPHT, 1, wall * factor, cpu * factor,
                    String.format("extrapolated: stopped after %.0f s CPU at %.0f of %,d sources, × %.1f", cpu, sources, n, factor),
                    "");
        }
        AnalysisBenchmark.log("  %s JGraphT betweenness: %.1f s wall, %.1f s CPU (%s)", label, result.wallSeconds(),
                result.cpuSeconds(), result.basis());
        return result;
    }
}
