package org.crimegraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.crimegraph.analysis.ApproximateBetweenness;
import org.crimegraph.analysis.ApproximateBetweennessScores;
import org.crimegraph.analysis.BrandesBetweenness;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.PathMeasures;
import org.crimegraph.analysis.SampledDistanceScores;
import org.crimegraph.analysis.SampledDistances;
import org.crimegraph.analysis.SamplingParameters;
import org.crimegraph.analysis.Termination;
import org.crimegraph.graph.PathLength;

/**
 * The core's shortest-path searches on Spark executors (docs/scale-out.md): the driver broadcasts the
 * network once ({@link BroadcastGraph}, 16 bytes a link), cuts the sources (exact) or the samples
 * (sampled) into {@code partitions} consecutive ranges, one Spark partition each, runs the core's kernel
 * on each range ({@link BrandesBetweenness#part}, {@link ApproximateBetweenness#counts},
 * {@link SampledDistances#sums}) and sums the partial arrays with {@code treeAggregate}.
 *
 * <p>Same answers: the kernels are the core's, on the same CSR indices, neighbour order and weights;
 * only the order in which partial dependency (and sampled-distance) sums are added differs from the
 * one-JVM pass, so those agree to rounding (relative differences of order 1e-15, tested to 1e-9);
 * closeness and harmonic of the exact pass come from one search each and are identical; sampled
 * betweenness counts are whole numbers and identical.
 *
 * <p>Cancellation: the monitor's termination is polled while a Spark job runs and cancels its job group.
 */
public final class SparkPathMeasures implements PathMeasures, AutoCloseable {

    /** treeAggregate depth: partials are combined on executors in one level before reaching the driver. */
    private static final int DEPTH = 2;

    private final JavaSparkContext spark;
    private final int partitions;
    private final JobMetrics metrics;
    private IndexedGraph<?> broadcastOf;
    private Broadcast<BroadcastGraph> broadcast;

    /**
     * @param partitions ranges of sources or samples, one Spark task each (at least 1; a few per executor
     *                   core balances the uneven cost of searches)
     */
    public SparkPathMeasures(JavaSparkContext spark, int partitions, JobMetrics metrics) {
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
        }
        this.spark = spark;
        this.partitions = partitions;
        this.metrics = metrics;
    }

    @Override
    public <V extends Comparable<V>> BrandesBetweenness.Result exact(IndexedGraph<V> graph,
                                                                     BrandesBetweenness.Parameters parameters,
                                                                     Monitor monitor) {
        int n = graph.vertexCount();
        monitor.progress(BrandesBetweenness.TASK, 0, n);
        if (n == 0) {
            return BrandesBetweenness.result(parameters.pathLength(), parameters.dependencies(), new double[0],
                    new double[0], new double[0]);
        }
        Broadcast<BroadcastGraph> network = broadcast(graph);
        int p = Math.min(partitions, n);
        PathLength length = parameters.pathLength();
        boolean dependencies = parameters.dependencies();
        PartialScores total = run(monitor, "exact betweenness, closeness and harmonic", () -> spark
                .parallelize(ranges(p), p)
                .treeAggregate(new PartialScores(),
                        (acc, r) -> acc.add(BrandesBetweenness.part(network.value().graph(), length, dependencies,
                                from(r, p, n), from(r + 1, p, n), Termination.NONE)),
                        PartialScores::merge, DEPTH));
        monitor.progress(BrandesBetweenness.TASK, n, n);
        return total.result(length, dependencies, n);
    }

    @Override
    public <V extends Comparable<V>> ApproximateBetweennessScores approximate(IndexedGraph<V> graph,
                                                                             SamplingParameters parameters,
                                                                             Monitor monitor) {
        int n = graph.vertexCount();
        ApproximateBetweenness<V> driver = new ApproximateBetweenness<>(graph, parameters);
        ApproximateBetweenness.Plan plan = driver.plan(monitor.termination());
        int samples = plan.samples();
        monitor.progress(ApproximateBetweenness.TASK, 0, samples);
        if (samples == 0) {
            return driver.scores(plan, new long[n]);
        }
        Broadcast<BroadcastGraph> network = broadcast(graph);
        int p = Math.min(partitions, samples);
        Sampling sampling = Sampling.of(parameters);
        SampleCounts total = run(monitor, "sampled betweenness", () -> spark
                .parallelize(ranges(p), p)
                .treeAggregate(new SampleCounts(),
                        (acc, r) -> acc.add(new ApproximateBetweenness<>(network.value().graph(),
                                sampling.onOneThread())
                                .counts(from(r, p, samples), from(r + 1, p, samples), Termination.NONE)),
                        SampleCounts::merge, DEPTH));
        monitor.progress(ApproximateBetweenness.TASK, samples, samples);
        return driver.scores(plan, total.counts(n));
    }

    @Override
    public <V extends Comparable<V>> SampledDistanceScores sampledDistances(IndexedGraph<V> graph,
                                                                           SamplingParameters parameters,
                                                                           Monitor monitor) {
        int n = graph.vertexCount();
        SampledDistances<V> driver = new SampledDistances<>(graph, parameters);
        int samples = driver.sampleCount();
        monitor.progress(SampledDistances.TASK, 0, samples);
        if (samples == 0) {
            return driver.scores(new SampledDistances.Sums(n));
        }
        Broadcast<BroadcastGraph> network = broadcast(graph);
        int p = Math.min(partitions, samples);
        Sampling sampling = Sampling.of(parameters);
        SampleSums total = run(monitor, "sampled closeness and harmonic", () -> spark
                .parallelize(ranges(p), p)
                .treeAggregate(new SampleSums(),
                        (acc, r) -> acc.add(new SampledDistances<>(network.value().graph(),
                                sampling.onOneThread())
                                .sums(from(r, p, samples), from(r + 1, p, samples), Termination.NONE)),
                        SampleSums::merge, DEPTH));
        monitor.progress(SampledDistances.TASK, samples, samples);
        return driver.scores(total.sums(n));
    }

    /**
     * The sampling parameters as a task takes them to an executor (the core's record is not serialisable); each
     * task runs its range of samples on one thread, as the executor's cores run tasks side by side.
     */
    private record Sampling(PathLength length, double epsilon, double delta, long seed) implements java.io.Serializable {

        static Sampling of(SamplingParameters parameters) {
            return new Sampling(parameters.pathLength(), parameters.epsilon(), parameters.delta(), parameters.seed());
        }

        SamplingParameters onOneThread() {
            return new SamplingParameters(length, epsilon, delta, seed, 1);
        }
    }

    @Override
    public String engine() {
        return "Apache Spark " + spark.version() + " (master " + spark.master() + ", " + partitions + " partitions)";
    }

    /** Removes the broadcast network from the executors. */
    @Override
    public void close() {
        if (broadcast != null) {
            broadcast.destroy();
            broadcast = null;
            broadcastOf = null;
        }
    }

    /** The network broadcast once per graph (sampled mode searches it twice). */
    private Broadcast<BroadcastGraph> broadcast(IndexedGraph<?> graph) {
        if (broadcastOf != graph) {
            close();
            BroadcastGraph network = BroadcastGraph.of(graph);
            broadcast = spark.broadcast(network);
            broadcastOf = graph;
            metrics.broadcast(network.bytes());
        }
        return broadcast;
    }

    /** The first unit of range {@code r} when {@code units} are cut into {@code p} ranges. */
    static int from(int r, int p, int units) {
        return (int) ((long) r * units / p);
    }

    private static List<Integer> ranges(int p) {
        List<Integer> list = new ArrayList<>(p);
        for (int r = 0; r < p; r++) {
            list.add(r);
        }
        return list;
    }

    /** Runs one Spark action in its own job group, cancelled when the monitor's termination is. */
    private <T> T run(Monitor monitor, String description, Supplier<T> action) {
        monitor.check();
        String group = "crimegraph-" + UUID.randomUUID();
        spark.setJobGroup(group, "crimegraph: " + description, true);
        Termination termination = monitor.termination();
        Thread watcher = new Thread(() -> {
            try {
                while (!termination.isCancelled()) {
                    Thread.sleep(200);
                }
                spark.cancelJobGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crimegraph-spark-cancel");
        watcher.setDaemon(true);
        watcher.start();
        long start = System.nanoTime();
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (termination.isCancelled()) {
                throw new ComputationCancelledException();
            }
            throw e;
        } finally {
            metrics.searches(System.nanoTime() - start);
            watcher.interrupt();
            spark.clearJobGroup();
        }
    }
}
