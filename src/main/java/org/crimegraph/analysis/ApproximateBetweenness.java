package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Approximate betweenness by sampling shortest paths, with a guaranteed error bound: M. Riondato
 * and E. M. Kornaropoulos, "Fast approximation of betweenness centrality through sampling", Data
 * Mining and Knowledge Discovery 30(2):438–475, 2016 (WSDM 2014).
 *
 * <p>Why: exact betweenness costs one full shortest-path search per vertex (O(nm)); on networks of
 * hundreds of thousands of persons that takes hours, while ranking the brokers needs only a few
 * decimals. This estimate costs {@code r} searches, where {@code r} depends on the accuracy asked
 * for and on the vertex diameter, not on the size of the network.
 *
 * <p>Algorithm: draw {@code r} ordered pairs {@code (u, v)} of distinct vertices uniformly; for each,
 * run a breadth-first search (or Dijkstra with length {@code 1/weight}) from {@code u} until
 * {@code v} is settled, pick one of the shortest {@code u}–{@code v} paths uniformly at random by
 * walking back from {@code v} choosing predecessor {@code z} with probability {@code σ(z)/σ(w)}, and
 * credit {@code 1/r} to each interior vertex. With
 * <pre>
 *   r = ⌈ (c / ε²) (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)) ⌉,  c = 0.5,
 * </pre>
 * where {@code VD} bounds the number of vertices on any shortest path (the vertex diameter), the
 * estimate {@code b̃(w)} of {@code b(w) = Σ_{u≠v} σ_uv(w)/σ_uv / (n(n−1))} satisfies
 * {@code |b̃(w) − b(w)| ≤ ε} for every vertex at once with probability at least {@code 1 − δ}
 * (Theorem 2 of the paper, by the VC dimension of shortest paths). {@code VD} is bounded from one
 * search per connected component: hops: {@code 2·ecc + 1}; lengths {@code 1/weight}:
 * {@code ⌊2·ecc / shortest link⌋ + 1}; never more than the component size.
 *
 * <p>Scales: the paper's {@code b(w)} divides by all ordered pairs {@code n(n−1)}, NetworkX's
 * normalised betweenness by the pairs without {@code w}, {@code (n−1)(n−2)}; so the NetworkX-scale
 * estimate is {@code b̃ · n/(n−2)} and its error bound {@code ε · n/(n−2)}
 * ({@link ApproximateBetweennessScores#normalisedErrorBound()}).
 *
 * <p>Reproducibility: sample {@code i} draws its random numbers from its own generator seeded by
 * {@code seed} and {@code i}; the samples' counts are whole numbers added per vertex. The result
 * therefore depends only on the seed, never on the thread count or scheduling.
 *
 * @param <V> vertex type
 */
public final class ApproximateBetweenness<V extends Comparable<V>> {

    /** The universal constant of the sample-size bound; 0.5 as recommended by Riondato and Kornaropoulos. */
    public static final double C = 0.5;
    private static final int BLOCKS = 64;

    private final IndexedGraph<V> graph;
    private final PathLength pathLength;
    private final double epsilon;
    private final double delta;
    private final long seed;
    private final int threads;
    private ApproximateBetweennessScores scores;

    /**
     * @param graph      the graph
     * @param pathLength how path lengths are measured
     * @param epsilon    largest error allowed on the paper's scale, in (0, 1)
     * @param delta      probability allowed for exceeding it, in (0, 1)
     * @param seed       random seed; equal seeds give equal results
     * @param threads    worker threads (at least 1)
     */
    public ApproximateBetweenness(IndexedGraph<V> graph, PathLength pathLength, double epsilon, double delta,
                                  long seed, int threads) {
        if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("epsilon and delta must be in (0, 1): " + epsilon + ", " + delta);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        // the same checks as the exact algorithm (positive finite weights for 1/weight lengths)
        new BrandesBetweenness<>(graph, pathLength, 1);
        this.graph = graph;
        this.pathLength = pathLength;
        this.epsilon = epsilon;
        this.delta = delta;
        this.seed = seed;
        this.threads = threads;
    }

    /** The sample size for a vertex-diameter bound, ε and δ (0 when no shortest path has an interior vertex). */
    public static int sampleSize(int vertexDiameter, double epsilon, double delta) {
        if (vertexDiameter < 3) {
            return 0;
        }
        int log = 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2);
        double r = C / (epsilon * epsilon) * (log + 1 + Math.log(1 / delta));
        if (r > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("epsilon too small: " + Math.ceil(r) + " samples");
        }
        return (int) Math.ceil(r);
    }

    /** Computes (once) and returns the estimate. */
    public synchronized ApproximateBetweennessScores scores() {
        if (scores == null) {
            scores = compute();
        }
        return scores;
    }

    private ApproximateBetweennessScores compute() {
        int n = graph.vertexCount();
        int diameter = vertexDiameterBound();
        int samples = n < 3 ? 0 : sampleSize(diameter, epsilon, delta);
        long[] counts = new long[n];
        int blocks = Math.max(1, Math.min(samples, BLOCKS));
        if (samples > 0) {
            if (threads == 1) {
                Sampler sampler = new Sampler(graph, pathLength);
                for (int b = 0; b < blocks; b++) {
                    sampler.run(from(b, blocks, samples), from(b + 1, blocks, samples), counts);
                }
            } else {
                parallel(samples, blocks, counts);
            }
        }
        double[] estimate = new double[n];
        double[] raw = new double[n];
        double[] normalised = new double[n];
        double pairs = (double) (n - 1) * (n - 2);
        for (int i = 0; i < n; i++) {
            estimate[i] = samples == 0 ? 0.0 : (double) counts[i] / samples;
            normalised[i] = n > 2 ? estimate[i] * n / (n - 2) : 0.0;
            raw[i] = normalised[i] * pairs / 2;
        }
        double bound = n > 2 ? epsilon * n / (n - 2) : 0.0;
        return new ApproximateBetweennessScores(new BetweennessScores(pathLength, raw, normalised), estimate,
                epsilon, delta, seed, diameter, samples, bound);
    }

    private void parallel(int samples, int blocks, long[] counts) {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "rk-betweenness-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ThreadLocal<Sampler> samplers = ThreadLocal.withInitial(() -> new Sampler(graph, pathLength));
            List<Future<long[]>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int lo = from(b, blocks, samples);
                int hi = from(b + 1, blocks, samples);
                futures.add(pool.submit(() -> {
                    long[] part = new long[graph.vertexCount()];
                    samplers.get().run(lo, hi, part);
                    return part;
                }));
            }
            for (Future<long[]> future : futures) {
                long[] part = future.get();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += part[i];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("approximate betweenness interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("approximate betweenness failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int from(int block, int blocks, int total) {
        return (int) ((long) block * total / blocks);
    }

    /** Upper bound on the number of vertices on a shortest path, from one search per component. */
    int vertexDiameterBound() {
        int n = graph.vertexCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        double shortest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 2 * graph.edgeCount(); k++) {
            shortest = Math.min(shortest, 1.0 / graph.weight(k));
        }
        Sampler sampler = new Sampler(graph, pathLength);
        int bound = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            Reach reach = sampler.eccentricity(s, component);
            long vertices;
            if (pathLength == PathLength.HOPS) {
                vertices = 2L * (long) reach.eccentricity() + 1;
            } else {
                // a path of L links has length at least L × shortest link; slack for rounding in the sum
                vertices = (long) Math.floor(2 * reach.eccentricity() / shortest * (1 + 1e-12)) + 1;
            }
            bound = (int) Math.max(bound, Math.min(vertices, reach.size()));
        }
        return bound;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value, so that neighbouring sample numbers get unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** What one search from a vertex found: its component's size and the largest distance. */
    private record Reach(int size, double eccentricity) {
    }

    /** Per-thread arrays for truncated single-source searches and path sampling. */
    private final class Sampler {

        private final IndexedGraph<?> g;
        private final boolean weighted;
        private final double[] length;
        private final double[] dist;
        private final boolean[] settled;
        private final int[] hops;
        private final double[] sigma;
        private final int[] predCount;
        private final int[] preds;
        private final int[] touched;
        private final DoubleIntHeap heap;

        Sampler(IndexedGraph<?> g, PathLength pathLength) {
            this.g = g;
            int n = g.vertexCount();
            int slots = 2 * g.edgeCount();
            this.weighted = pathLength == PathLength.INVERSE_WEIGHT;
            this.sigma = new double[n];
            this.predCount = new int[n];
            this.preds = new int[slots];
            this.touched = new int[n];
            this.hops = new int[n];
            Arrays.fill(hops, -1);
            this.dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            this.settled = new boolean[n];
            this.heap = new DoubleIntHeap(16);
            this.length = new double[slots];
            for (int k = 0; k < slots; k++) {
                length[k] = 1.0 / g.weight(k);
            }
        }

        /** Draws samples {@code lo..hi-1} and adds one to {@code counts} for each interior vertex of each sampled path. */
        void run(int lo, int hi, long[] counts) {
            int n = g.vertexCount();
            for (int i = lo; i < hi; i++) {
                SplittableRandom random = new SplittableRandom(mix(seed ^ mix(i + 0x632be59bd9b4e019L)));
                int u = random.nextInt(n);
                int v = random.nextInt(n - 1);
                if (v >= u) {
                    v++;
                }
                int reached = weighted ? dijkstra(u, v) : bfs(u, v);
                if (weighted ? settled[v] : hops[v] >= 0) {
                    int w = v;
                    while (true) {
                        int z = pick(w, random);
                        if (z == u) {
                            break;
                        }
                        counts[z]++;
                        w = z;
                    }
                }
                reset(reached);
            }
        }

        /** A predecessor of {@code w} on a shortest path, chosen with probability σ(z)/σ(w). */
        private int pick(int w, SplittableRandom random) {
            int first = g.start(w);
            int count = predCount[w];
            double target = random.nextDouble() * sigma[w];
            double sum = 0.0;
            for (int k = first; k < first + count - 1; k++) {
                sum += sigma[preds[k]];
                if (target < sum) {
                    return preds[k];
                }
            }
            return preds[first + count - 1];
        }

        /** BFS from {@code s}, stopped once {@code t} is dequeued; returns the number of touched vertices. */
        private int bfs(int s, int t) {
            int head = 0;
            int tail = 0;
            hops[s] = 0;
            sigma[s] = 1.0;
            touched[tail++] = s;
            while (head < tail) {
                int v = touched[head++];
                if (v == t) {
                    break;
                }
                int next = hops[v] + 1;
                double sv = sigma[v];
                for (int k = g.start(v), end = g.end(v); k < end; k++) {
                    int w = g.neighbour(k);
                    if (hops[w] < 0) {
                        hops[w] = next;
                        touched[tail++] = w;
                    }
                    if (hops[w] == next) {
                        sigma[w] += sv;
                        preds[g.start(w) + predCount[w]++] = v;
                    }
                }
            }
            return tail;
        }

        /** Dijkstra from {@code s}, stopped once {@code t} is settled; returns the number of touched vertices. */
        private int dijkstra(int s, int t) {
            int count = 0;
            heap.clear();
            dist[s] = 0.0;
            sigma[s] = 1.0;
            touched[count++] = s;
            heap.push(0.0, s);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                if (settled[v]) {
                    continue;
                }
                settled[v] = true;
                if (v == t) {
                    break;
                }
                double dv = dist[v];
                double sv = sigma[v];
                for (int k = g.start(v), end = g.end(v); k < end; k++) {
                    int w = g.neighbour(k);
                    if (settled[w]) {
                        continue;
                    }
                    double alt = dv + length[k];
                    if (alt < dist[w]) {
                        if (dist[w] == Double.POSITIVE_INFINITY) {
                            touched[count++] = w;
                        }
                        dist[w] = alt;
                        heap.push(alt, w);
                        sigma[w] = sv;
                        preds[g.start(w)] = v;
                        predCount[w] = 1;
                    } else if (alt == dist[w]) {
                        sigma[w] += sv;
                        preds[g.start(w) + predCount[w]++] = v;
                    }
                }
            }
            return count;
        }

        private void reset(int count) {
            for (int i = 0; i < count; i++) {
                int w = touched[i];
                sigma[w] = 0.0;
                predCount[w] = 0;
                hops[w] = -1;
                dist[w] = Double.POSITIVE_INFINITY;
                settled[w] = false;
            }
        }

        /** A full search from {@code s}: marks its component and returns its size and the eccentricity of {@code s}. */
        Reach eccentricity(int s, int[] component) {
            int count = weighted ? dijkstra(s, -1) : bfs(s, -1);
            double far = 0.0;
            for (int i = 0; i < count; i++) {
                int w = touched[i];
                component[w] = s;
                far = Math.max(far, weighted ? dist[w] : hops[w]);
            }
            reset(count);
            return new Reach(count, far);
        }
    }
}
