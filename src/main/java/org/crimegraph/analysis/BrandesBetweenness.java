package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;

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
 * <p>Contract: {@link Parameters} say how (validated when made); {@link #compute(Monitor)} runs the
 * searches, reporting progress in sources ({@value #TASK}) and stopping within one source search of
 * cancellation; the searches are {@link ShortestPathSearch}, shared with {@link ApproximateBetweenness}.
 *
 * <p>Distributed engines ({@link PathMeasures}): {@link #part} runs the searches of one range of sources
 * into a {@link Part} (partial dependency sums, and the range's own closeness and harmonic values);
 * adding the parts' dependencies and placing their values, then {@link #result}, gives the same scores
 * as {@link #compute(Monitor)} up to the rounding of the additions (their order).
 *
 * @param <V> vertex type
 */
public final class BrandesBetweenness<V extends Comparable<V>> {

    /** The task name progress is reported under. */
    public static final String TASK = "betweenness";
    /** Number of source blocks; fixed so that the summation order never depends on the thread count. */
    private static final int BLOCKS = 256;

    /**
     * How betweenness is computed.
     *
     * @param pathLength   how path lengths are measured
     * @param threads      number of worker threads (1 = compute on the calling thread)
     * @param dependencies false for closeness and harmonic centrality only, without the betweenness
     *                     accumulation (for when betweenness comes from {@link ApproximateBetweenness})
     */
    public record Parameters(PathLength pathLength, int threads, boolean dependencies) {

        public Parameters {
            if (pathLength == null) {
                throw new IllegalArgumentException("pathLength is required");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }

        /** Betweenness, closeness and harmonic centrality with {@code pathLength} on {@code threads} threads. */
        public static Parameters of(PathLength pathLength, int threads) {
            return new Parameters(pathLength, threads, true);
        }
    }

    /**
     * What the searches give.
     *
     * @param betweenness the betweenness scores, or null if the parameters asked for distances only
     * @param distances   closeness and harmonic centrality
     */
    public record Result(BetweennessScores betweenness, DistanceScores distances) {
    }

    private final IndexedGraph<V> graph;
    private final Parameters parameters;
    private Result result;

    /** Shorthand for {@code new BrandesBetweenness<>(graph, Parameters.of(pathLength, threads))}. */
    public BrandesBetweenness(IndexedGraph<V> graph, PathLength pathLength, int threads) {
        this(graph, Parameters.of(pathLength, threads));
    }

    /**
     * @throws IllegalArgumentException for {@link PathLength#INVERSE_WEIGHT} with a weight that is not
     *                                  positive and finite
     */
    public BrandesBetweenness(IndexedGraph<V> graph, Parameters parameters) {
        ShortestPathSearch.checkWeights(graph, parameters.pathLength());
        this.graph = graph;
        this.parameters = parameters;
    }

    /**
     * Closeness and harmonic centrality only, without the betweenness accumulation: for when
     * betweenness comes from elsewhere ({@link ApproximateBetweenness}). {@link #scores()} then throws.
     */
    public static <V extends Comparable<V>> BrandesBetweenness<V> distancesOnly(IndexedGraph<V> graph,
                                                                               PathLength pathLength, int threads) {
        return new BrandesBetweenness<>(graph, new Parameters(pathLength, threads, false));
    }

    /**
     * Runs one search per source; every call computes afresh.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    public Result compute(Monitor monitor) {
        int n = graph.vertexCount();
        int blocks = Math.min(n, BLOCKS);
        double[] total = new double[n];
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        PathLength pathLength = parameters.pathLength();
        boolean dependencies = parameters.dependencies();
        OrderedBlocks.run(TASK, "sources", n, blocks, parameters.threads(),
                () -> new Workspace(graph, pathLength, dependencies, monitor.termination()),
                Workspace::block, part -> part.addTo(total, closeness, harmonic), monitor);
        return result(pathLength, dependencies, total, closeness, harmonic);
    }

    /**
     * The searches from sources {@code lo..hi-1} alone, in source order, on the calling thread: for an
     * engine that spreads the sources over machines ({@link PathMeasures}). Memory O(n + m).
     *
     * @param dependencies false to skip the betweenness accumulation (closeness and harmonic only)
     * @throws ComputationCancelledException if {@code termination} is cancelled meanwhile
     */
    public static Part part(IndexedGraph<?> graph, PathLength pathLength, boolean dependencies, int lo, int hi,
                            Termination termination) {
        if (lo < 0 || hi < lo || hi > graph.vertexCount()) {
            throw new IllegalArgumentException("sources " + lo + ".." + hi + " outside 0.." + graph.vertexCount());
        }
        ShortestPathSearch.checkWeights(graph, pathLength);
        return new Workspace(graph, pathLength, dependencies, termination).block(lo, hi);
    }

    /**
     * The scores from the dependency sums over every source and every source's closeness and harmonic
     * value (as {@link Part#addTo} fills them); the arrays become the result's.
     *
     * @param dependencies false for closeness and harmonic only (betweenness null)
     */
    public static Result result(PathLength pathLength, boolean dependencies, double[] total, double[] closeness,
                                double[] harmonic) {
        int n = total.length;
        DistanceScores distances = new DistanceScores(pathLength, closeness, harmonic);
        if (!dependencies) {
            return new Result(null, distances);
        }
        double[] raw = new double[n];
        double[] normalised = new double[n];
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 0.0;
        for (int i = 0; i < n; i++) {
            raw[i] = total[i] * 0.5;
            normalised[i] = total[i] * scale;
        }
        return new Result(new BetweennessScores(pathLength, raw, normalised), distances);
    }

    /**
     * The betweenness scores, computed once (with {@link #distanceScores()}) without progress or
     * cancellation.
     *
     * @throws IllegalStateException if made by {@link #distancesOnly}
     */
    public BetweennessScores scores() {
        if (!parameters.dependencies()) {
            throw new IllegalStateException("made for closeness and harmonic only");
        }
        return result().betweenness();
    }

    /**
     * Closeness and harmonic centrality, computed once in the same single-source searches as the
     * betweenness scores, with the same path lengths, without progress or cancellation.
     */
    public DistanceScores distanceScores() {
        return result().distances();
    }

    private synchronized Result result() {
        if (result == null) {
            result = compute(Monitor.NONE);
        }
        return result;
    }

    /**
     * What one range of sources {@code lo..lo+closeness.length-1} yields: their summed dependency
     * contributions to every vertex (all zero without the accumulation), and each source's own
     * closeness and harmonic centrality.
     */
    public record Part(int lo, double[] dependencies, double[] closeness, double[] harmonic) {

        /** Adds the dependencies to {@code total} and puts the range's values in place. */
        public void addTo(double[] total, double[] closenessOfAll, double[] harmonicOfAll) {
            for (int i = 0; i < total.length; i++) {
                total[i] += dependencies[i];
            }
            System.arraycopy(closeness, 0, closenessOfAll, lo, closeness.length);
            System.arraycopy(harmonic, 0, harmonicOfAll, lo, harmonic.length);
        }
    }

    /** Per-thread search arrays plus Brandes' dependency array δ. */
    private static final class Workspace {
        private final ShortestPathSearch search;
        private final double[] delta;
        private final boolean dependencies;
        private final Termination termination;

        Workspace(IndexedGraph<?> g, PathLength pathLength, boolean dependencies, Termination termination) {
            this.search = new ShortestPathSearch(g, pathLength);
            this.delta = new double[g.vertexCount()];
            this.dependencies = dependencies;
            this.termination = termination;
        }

        /**
         * Sum of the dependency contributions of sources {@code lo..hi-1}, in source order, and each
         * source's closeness and harmonic centrality.
         */
        Part block(int lo, int hi) {
            int n = delta.length;
            double[] acc = new double[n];
            double[] closeness = new double[hi - lo];
            double[] harmonic = new double[hi - lo];
            int[] order = search.order;
            for (int s = lo; s < hi; s++) {
                termination.check();
                int reached = search.search(s, -1, dependencies);
                // distances in settlement order (non-decreasing), summed before the reset below
                double total = 0.0;
                double inverse = 0.0;
                for (int t = 1; t < reached; t++) {
                    double d = search.distance(order[t]);
                    total += d;
                    inverse += 1.0 / d;
                }
                closeness[s - lo] = closeness(total, reached, n);
                harmonic[s - lo] = n > 1 ? inverse / (n - 1) : 0.0;
                if (dependencies) {
                    accumulate(s, reached, acc);
                    for (int t = 0; t < reached; t++) {
                        delta[order[t]] = 0.0;
                    }
                }
                search.reset();
            }
            return new Part(lo, acc, closeness, harmonic);
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

        /** Brandes' backward pass: vertices in non-increasing distance order. */
        private void accumulate(int s, int reached, double[] acc) {
            IndexedGraph<?> g = search.graph;
            int[] order = search.order;
            double[] sigma = search.sigma;
            int[] predCount = search.predCount;
            int[] preds = search.preds;
            for (int t = reached - 1; t >= 0; t--) {
                int w = order[t];
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
    }
}
