package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exact betweenness centrality by Brandes' algorithm: U. Brandes, "A faster algorithm for
 * betweenness centrality", Journal of Mathematical Sociology 25(2):163–177, 2001. One single-source
 * shortest-path search per vertex, then dependencies accumulated backwards: O(nm) time unweighted,
 * O(nm + n² log n) weighted, O(n + m) memory per thread.
 *
 * <p>Why: betweenness finds brokers, persons through whom others must pass to reach each other;
 * in a criminal network they are the natural targets for disruption.
 *
 * <p>Path lengths ({@link PathLength}): {@link PathLength#HOPS} uses breadth-first search;
 * {@link PathLength#INVERSE_WEIGHT} uses Dijkstra with link length {@code 1/weight}, so that strong
 * ties make short paths. (Note: NetworkX's {@code weight=} argument takes lengths directly, so the
 * NetworkX equivalent is {@code betweenness_centrality(G, weight=d)} with {@code d = 1/weight}.)
 * Shortest paths of equal length are recognised by exact floating-point equality, as in NetworkX.
 *
 * <p>The same searches also give each source's closeness (Wasserman–Faust scaling) and harmonic
 * centrality ({@link #distanceScores()}), at the cost of one sum per reached vertex: one search per
 * source feeds all three measures instead of one all-pairs pass per measure.
 *
 * <p>Parallelism and reproducibility: sources are cut into a fixed number of consecutive blocks
 * that does not depend on the thread count; each block sums its sources' contributions in source
 * order, and the block sums are added in block order. The result is therefore bit-identical for
 * any thread count. Memory: O(n + m) per thread plus O(n) per block in flight (at most twice the
 * thread count).
 *
 * @param <V> vertex type
 */
public final class BrandesBetweenness<V extends Comparable<V>> {

    /** Number of source blocks; fixed so that the summation order never depends on the thread count. */
    private static final int BLOCKS = 256;

    private final IndexedGraph<V> graph;
    private final PathLength pathLength;
    private final int threads;
    private final boolean dependencies;
    private BetweennessScores scores;
    private DistanceScores distances;

    /**
     * @param graph      the graph
     * @param pathLength how path lengths are measured
     * @param threads    number of worker threads (1 = compute on the calling thread)
     */
    public BrandesBetweenness(IndexedGraph<V> graph, PathLength pathLength, int threads) {
        this(graph, pathLength, threads, true);
    }

    /**
     * Closeness and harmonic centrality only, without the betweenness accumulation: for when
     * betweenness comes from elsewhere ({@link ApproximateBetweenness}). {@link #scores()} then throws.
     */
    public static <V extends Comparable<V>> BrandesBetweenness<V> distancesOnly(IndexedGraph<V> graph,
                                                                               PathLength pathLength, int threads) {
        return new BrandesBetweenness<>(graph, pathLength, threads, false);
    }

    private BrandesBetweenness(IndexedGraph<V> graph, PathLength pathLength, int threads, boolean dependencies) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (pathLength == PathLength.INVERSE_WEIGHT) {
            for (int i = 0; i < graph.vertexCount(); i++) {
                for (int k = graph.start(i); k < graph.end(i); k++) {
                    double w = graph.weight(k);
                    if (!(w > 0) || Double.isInfinite(w)) {
                        throw new IllegalArgumentException(
                                "weighted betweenness needs positive finite weights, found " + w);
                    }
                }
            }
        }
        this.graph = graph;
        this.pathLength = pathLength;
        this.threads = threads;
        this.dependencies = dependencies;
    }

    /**
     * Computes (once, together with {@link #distanceScores()}) and returns the betweenness scores.
     *
     * @throws IllegalStateException if made by {@link #distancesOnly}
     */
    public synchronized BetweennessScores scores() {
        if (!dependencies) {
            throw new IllegalStateException("made for closeness and harmonic only");
        }
        if (scores == null) {
            compute();
        }
        return scores;
    }

    /**
     * Closeness and harmonic centrality, computed (once) in the same single-source searches as the
     * betweenness scores, with the same path lengths.
     */
    public synchronized DistanceScores distanceScores() {
        if (distances == null) {
            compute();
        }
        return distances;
    }

    private void compute() {
        int n = graph.vertexCount();
        int blocks = Math.min(n, BLOCKS);
        double[] total = new double[n];
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        if (threads == 1 || blocks <= 1) {
            Workspace workspace = new Workspace(graph, pathLength, dependencies);
            for (int b = 0; b < blocks; b++) {
                add(total, closeness, harmonic, workspace.block(from(b, blocks, n), from(b + 1, blocks, n)));
            }
        } else {
            AtomicInteger counter = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "brandes-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(() -> new Workspace(graph, pathLength, dependencies));
                // at most `window` blocks in flight, so that finished block sums waiting for their turn stay few
                int window = 2 * threads;
                List<Future<Block>> futures = new ArrayList<>(blocks);
                for (int b = 0; b < blocks; b++) {
                    if (b >= window) {
                        add(total, closeness, harmonic, futures.get(b - window).get());
                        futures.set(b - window, null);
                    }
                    int lo = from(b, blocks, n);
                    int hi = from(b + 1, blocks, n);
                    futures.add(pool.submit(() -> workspaces.get().block(lo, hi)));
                }
                for (int b = Math.max(0, blocks - window); b < blocks; b++) {
                    add(total, closeness, harmonic, futures.get(b).get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("betweenness computation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("betweenness computation failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        double[] raw = new double[n];
        double[] normalised = new double[n];
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 0.0;
        for (int i = 0; i < n; i++) {
            raw[i] = total[i] * 0.5;
            normalised[i] = total[i] * scale;
        }
        scores = new BetweennessScores(pathLength, raw, normalised);
        distances = new DistanceScores(pathLength, closeness, harmonic);
    }

    private static int from(int block, int blocks, int n) {
        return (int) ((long) block * n / blocks);
    }

    private static void add(double[] total, double[] closeness, double[] harmonic, Block part) {
        for (int i = 0; i < total.length; i++) {
            total[i] += part.dependencies[i];
        }
        System.arraycopy(part.closeness, 0, closeness, part.lo, part.closeness.length);
        System.arraycopy(part.harmonic, 0, harmonic, part.lo, part.harmonic.length);
    }

    /**
     * What one block of sources {@code lo..lo+closeness.length-1} yields: their summed dependency
     * contributions to every vertex, and each source's own closeness and harmonic centrality.
     */
    private record Block(int lo, double[] dependencies, double[] closeness, double[] harmonic) {
    }

    /** Per-thread arrays for single-source searches; reset after each source by visiting only the reached vertices. */
    private static final class Workspace {
        private final IndexedGraph<?> g;
        private final boolean weighted;
        private final double[] length;
        private final int[] hops;
        private final double[] dist;
        private final boolean[] settled;
        private final double[] sigma;
        private final double[] delta;
        private final int[] stack;
        private final int[] queue;
        private final int[] predCount;
        private final int[] preds;
        private final DoubleIntHeap heap;
        private final boolean dependencies;

        Workspace(IndexedGraph<?> g, PathLength pathLength, boolean dependencies) {
            this.g = g;
            this.dependencies = dependencies;
            int n = g.vertexCount();
            int slots = 2 * g.edgeCount();
            this.weighted = pathLength == PathLength.INVERSE_WEIGHT;
            this.sigma = new double[n];
            this.delta = new double[n];
            this.stack = new int[n];
            this.predCount = new int[n];
            this.preds = new int[slots];
            if (weighted) {
                this.length = new double[slots];
                for (int k = 0; k < slots; k++) {
                    length[k] = 1.0 / g.weight(k);
                }
                this.dist = new double[n];
                Arrays.fill(dist, Double.POSITIVE_INFINITY);
                this.settled = new boolean[n];
                this.heap = new DoubleIntHeap(16);
                this.hops = null;
                this.queue = null;
            } else {
                this.length = null;
                this.dist = null;
                this.settled = null;
                this.heap = null;
                this.hops = new int[n];
                Arrays.fill(hops, -1);
                this.queue = new int[n];
            }
        }

        /**
         * Sum of the dependency contributions of sources {@code lo..hi-1}, in source order, and each
         * source's closeness and harmonic centrality.
         */
        Block block(int lo, int hi) {
            int n = sigma.length;
            double[] acc = new double[n];
            double[] closeness = new double[hi - lo];
            double[] harmonic = new double[hi - lo];
            for (int s = lo; s < hi; s++) {
                int reached = weighted ? dijkstra(s) : bfs(s);
                // distances in settlement order (non-decreasing), summed before the reset below
                double total = 0.0;
                double inverse = 0.0;
                for (int t = 1; t < reached; t++) {
                    int v = stack[t];
                    double d = weighted ? dist[v] : hops[v];
                    total += d;
                    inverse += 1.0 / d;
                }
                closeness[s - lo] = closeness(total, reached, n);
                harmonic[s - lo] = n > 1 ? inverse / (n - 1) : 0.0;
                if (dependencies) {
                    accumulate(s, reached, acc);
                }
                reset(reached);
            }
            return new Block(lo, acc, closeness, harmonic);
        }

        /**
         * Wasserman–Faust closeness of a source that reaches {@code reached} vertices (itself
         * included) at total distance {@code total}: {@code (r-1)/total × (r-1)/(n-1)}; 0 if it
         * reaches no one. Same formula and operation order as NetworkX's
         * {@code closeness_centrality(wf_improved=True)}.
         */
        private static double closeness(double total, int reached, int n) {
            if (!(total > 0.0) || n <= 1) {
                return 0.0;
            }
            double value = (reached - 1.0) / total;
            return value * ((reached - 1.0) / (n - 1));
        }

        private int bfs(int s) {
            int head = 0;
            int tail = 0;
            int top = 0;
            hops[s] = 0;
            sigma[s] = 1.0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                int next = hops[v] + 1;
                double sv = sigma[v];
                for (int k = g.start(v), end = g.end(v); k < end; k++) {
                    int w = g.neighbour(k);
                    if (hops[w] < 0) {
                        hops[w] = next;
                        queue[tail++] = w;
                    }
                    if (dependencies && hops[w] == next) {
                        sigma[w] += sv;
                        preds[g.start(w) + predCount[w]++] = v;
                    }
                }
            }
            return top;
        }

        private int dijkstra(int s) {
            int top = 0;
            heap.clear();
            dist[s] = 0.0;
            sigma[s] = 1.0;
            heap.push(0.0, s);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                if (settled[v]) {
                    continue;
                }
                settled[v] = true;
                stack[top++] = v;
                double dv = dist[v];
                double sv = sigma[v];
                for (int k = g.start(v), end = g.end(v); k < end; k++) {
                    int w = g.neighbour(k);
                    if (settled[w]) {
                        continue;
                    }
                    double alt = dv + length[k];
                    if (alt < dist[w]) {
                        dist[w] = alt;
                        heap.push(alt, w);
                        sigma[w] = sv;
                        preds[g.start(w)] = v;
                        predCount[w] = 1;
                    } else if (dependencies && alt == dist[w]) {
                        sigma[w] += sv;
                        preds[g.start(w) + predCount[w]++] = v;
                    }
                }
            }
            return top;
        }

        /** Brandes' backward pass: vertices in non-increasing distance order. */
        private void accumulate(int s, int reached, double[] acc) {
            for (int t = reached - 1; t >= 0; t--) {
                int w = stack[t];
                double coefficient = (1.0 + delta[w]) / sigma[w];
                for (int k = g.start(w), end = k + predCount[w]; k < end; k++) {
                    int v = preds[k];
                    delta[v] += sigma[v] * coefficient;
                }
                if (w != s) {
                    acc[w] += delta[w];
                }
            }
        }

        /** Clears what the last search touched. */
        private void reset(int reached) {
            for (int t = 0; t < reached; t++) {
                int w = stack[t];
                sigma[w] = 0.0;
                delta[w] = 0.0;
                predCount[w] = 0;
                if (weighted) {
                    dist[w] = Double.POSITIVE_INFINITY;
                    settled[w] = false;
                } else {
                    hops[w] = -1;
                }
            }
        }
    }
}
