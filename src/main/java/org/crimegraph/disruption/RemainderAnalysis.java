package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.ConnectedComponents;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Termination;

/**
 * Measures of the graph that remains after a set of vertices is removed (Borgatti's key-player
 * problem, negative side): S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12:21–34, 2006; global efficiency after
 * V. Latora and M. Marchiori, "Efficient behavior of small-world networks", Physical Review Letters
 * 87(19):198701, 2001.
 *
 * <ul>
 *   <li>fragmentation F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)), s_k the component sizes;</li>
 *   <li>distance-weighted fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n − 1)) = 1 − global efficiency.</li>
 * </ul>
 * {@code n} is the number of vertices that <em>remain</em>, as in Borgatti (the measures describe
 * the remaining graph; removed persons are not counted as unreachable, otherwise removing anyone
 * would "fragment" the network just by making it smaller). Distances are hop counts (every link has
 * length 1), as in Borgatti and NetworkX's {@code global_efficiency}. Why: a disruption is judged by
 * how many of the remaining persons can still reach each other, and how easily.
 *
 * <p>Exact arithmetic: efficiency is accumulated as integer counts of ordered pairs per distance
 * and only then summed as Σ_d count_d / d, so the result does not depend on the thread count or on
 * the search used (bit-parallel or one source at a time): they give bit-identical values.
 *
 * @param <V> vertex type
 */
public final class RemainderAnalysis<V extends Comparable<V>> {

    private final IndexedGraph<V> graph;
    private final int threads;
    private final Termination termination;

    /**
     * @param graph   the whole graph
     * @param threads worker threads for the all-pairs searches behind efficiency (at least 1)
     */
    public RemainderAnalysis(IndexedGraph<V> graph, int threads) {
        this(graph, threads, Termination.NONE);
    }

    /**
     * As {@link #RemainderAnalysis(IndexedGraph, int)}, checking {@code termination} before each block
     * of 64 breadth-first searches (so an efficiency stops well within a second of cancellation).
     */
    public RemainderAnalysis(IndexedGraph<V> graph, int threads, Termination termination) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.graph = graph;
        this.threads = threads;
        this.termination = termination;
    }

    /** The graph. */
    public IndexedGraph<V> graph() {
        return graph;
    }

    /** All measures of the remainder; {@code removed[i]} marks removed vertices. */
    public RemainderMeasures measure(boolean[] removed) {
        RemainderMeasures components = components(graph, removed);
        return new RemainderMeasures(components.vertices(), components.largestComponent(), components.components(),
                components.fragmentation(), efficiencyOf(distanceHistogram(removed), components.vertices()));
    }

    /**
     * The measures of the remainder that its components give (size, largest, count, F), in one linear pass;
     * efficiency, the one all-pairs measure, is NaN.
     */
    public static RemainderMeasures components(IndexedGraph<?> graph, boolean[] removed) {
        int n = remaining(removed);
        int[] sizes = componentSizes(graph, removed);
        long pairs = 0;
        int largest = 0;
        for (int s : sizes) {
            pairs += (long) s * (s - 1);
            largest = Math.max(largest, s);
        }
        return new RemainderMeasures(n, largest, sizes.length, fragmentation(pairs, n), Double.NaN);
    }

    /** Measures of the whole graph, nothing removed. */
    public RemainderMeasures measure() {
        return measure(new boolean[graph.vertexCount()]);
    }

    /** Fragmentation F of the remainder. */
    public double fragmentation(boolean[] removed) {
        return components(graph, removed).fragmentation();
    }

    /** Global efficiency of the remainder (hop distances). */
    public double efficiency(boolean[] removed) {
        return efficiencyOf(distanceHistogram(removed), remaining(removed));
    }

    /**
     * For each distance {@code d ≥ 1}, the number of ordered pairs of remaining vertices at hop distance
     * {@code d} (index 0 unused), by bit-parallel breadth-first search ({@link MultiSourceHops}) in
     * blocks of 64 sources, spread over the threads.
     */
    long[] distanceHistogram(boolean[] removed) {
        return distanceHistogram(removed, -1);
    }

    /** As {@link #distanceHistogram(boolean[])} with one more vertex removed ({@code alsoRemoved}, or -1). */
    long[] distanceHistogram(boolean[] removed, int alsoRemoved) {
        int[] sources = MultiSourceHops.sources(removed, alsoRemoved);
        int batches = (sources.length + 63) / 64;
        if (threads == 1 || batches <= 1) {
            MultiSourceHops hops = new MultiSourceHops(graph);
            long[] h = new long[2];
            for (int b = 0; b < batches; b++) {
                termination.check();
                h = hops.addBatch(sources, b * 64, Math.min(sources.length, b * 64 + 64), removed, alsoRemoved, h);
            }
            return h;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "efficiency");
            t.setDaemon(true);
            return t;
        });
        try {
            ThreadLocal<MultiSourceHops> searches = ThreadLocal.withInitial(() -> new MultiSourceHops(graph));
            List<Future<long[]>> parts = new ArrayList<>(batches);
            for (int b = 0; b < batches; b++) {
                int lo = b * 64;
                int hi = Math.min(sources.length, lo + 64);
                parts.add(pool.submit(() -> {
                    termination.check();
                    return searches.get().addBatch(sources, lo, hi, removed, alsoRemoved, new long[2]);
                }));
            }
            long[] total = new long[2];
            for (Future<long[]> part : parts) {
                total = add(total, part.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("efficiency computation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ComputationCancelledException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("efficiency computation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same histogram by one ordinary breadth-first search per remaining vertex: the baseline the
     * benchmark compares the bit-parallel search with, and a cross-check in tests.
     */
    long[] distanceHistogramOneSourceAtATime(boolean[] removed) {
        return oneSourceAtATime(removed);
    }

    /**
     * Efficiency by one ordinary breadth-first search per remaining vertex, on the calling thread: the
     * naive baseline of the benchmark. Same value as {@link #efficiency(boolean[])}.
     */
    public double efficiencyOneSourceAtATime(boolean[] removed) {
        return efficiencyOf(oneSourceAtATime(removed), remaining(removed));
    }

    private long[] oneSourceAtATime(boolean[] removed) {
        HopSearch search = new HopSearch(graph);
        long[] h = new long[2];
        for (int s = 0; s < graph.vertexCount(); s++) {
            if (!removed[s]) {
                search.run(s, removed, -1);
                h = search.addHistogram(h);
            }
        }
        return h;
    }

    /** Efficiency of the remainder without {@code v} as well. */
    double efficiencyWithout(boolean[] removed, int v) {
        return efficiencyOf(distanceHistogram(removed, v), remaining(removed) - (removed[v] ? 0 : 1));
    }

    static long[] add(long[] total, long[] part) {
        long[] t = total.length >= part.length ? total : java.util.Arrays.copyOf(total, part.length);
        for (int d = 0; d < part.length; d++) {
            t[d] += part[d];
        }
        return t;
    }

    /** F from Σ s_k(s_k − 1) and the number of remaining vertices; 1 when fewer than two remain. */
    static double fragmentation(long connectedPairs, int n) {
        if (n < 2) {
            return 1.0;
        }
        return 1.0 - (double) connectedPairs / ((double) n * (n - 1));
    }

    /** E = Σ_d count_d / d / (n(n − 1)); 0 when fewer than two remain. */
    static double efficiencyOf(long[] histogram, int n) {
        if (n < 2) {
            return 0.0;
        }
        double sum = 0;
        for (int d = 1; d < histogram.length; d++) {
            sum += (double) histogram[d] / d;
        }
        return sum / ((double) n * (n - 1));
    }

    static int remaining(boolean[] removed) {
        int n = 0;
        for (boolean r : removed) {
            if (!r) {
                n++;
            }
        }
        return n;
    }

    /** Sizes of the connected components of the remainder, in order of their smallest vertex. */
    static int[] componentSizes(IndexedGraph<?> graph, boolean[] removed) {
        int n = graph.vertexCount();
        int[] group = new int[n];
        for (int v = 0; v < n; v++) {
            group[v] = removed[v] ? -1 : 0;
        }
        int[] sizes = new int[n];
        int count = 0;
        for (int label : ConnectedComponents.labels(graph, group)) {
            if (label >= 0) {
                sizes[label]++;
                count = Math.max(count, label + 1);
            }
        }
        return java.util.Arrays.copyOf(sizes, count);
    }
}
