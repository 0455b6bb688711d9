package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.SplittableRandom;

/**
 * Closeness and harmonic centrality estimated from sampled sources, with a stated additive error
 * bound: D. Eppstein and J. Wang, "Fast approximation of centrality", Journal of Graph Algorithms
 * and Applications 8(1):39–45, 2004 (SODA 2001).
 *
 * <p>Why: exact closeness and harmonic need one full shortest-path search per person (O(nm)); the
 * estimate needs {@code k} searches, where {@code k} grows with {@code log n}, not with {@code n}.
 *
 * <p>Algorithm: draw {@code k} sources {@code s₁ … s_k} uniformly with replacement and run one full
 * search ({@link ShortestPathSearch}, shared with betweenness) from each. The network is undirected,
 * so every person {@code v} learns its distance to each sample. Per person, with
 * {@code f = n / ((n−1)·k)}:
 * <pre>
 *   harmonic  ĥ(v) = f · Σᵢ 1/d(sᵢ,v)           (sᵢ ≠ v and reached)
 *   farness   D̂(v) = f · Σᵢ d(sᵢ,v)             (estimates Σ_u d(v,u) / (n−1))
 *   reach     p̂(v) = f · #{i : sᵢ ≠ v, reached}  (estimates (r−1)/(n−1))
 *   closeness ĉ(v) = p̂(v)² / D̂(v)               (Wasserman–Faust, as {@link DistanceScores}; 0 if D̂ = 0)
 * </pre>
 * Each of ĥ, D̂, p̂ is unbiased. Guarantee (Hoeffding's inequality per person and quantity, union
 * bound over the {@code 3n} of them): with
 * <pre>
 *   k = ⌈ ln(2n/δ) / ε² ⌉
 * </pre>
 * samples, with probability at least {@code 1 − δ}, for every person at once,
 * {@code |ĥ − h| ≤ ε·n/((n−1)·ℓ)} ({@code ℓ} the shortest link length: 1 for hops),
 * {@code |D̂ − D| ≤ ε·Δ·n/(n−1)} ({@code Δ} the largest finite distance, the diameter of the widest
 * component; Eppstein and Wang's ε·Δ bound on average distance) and {@code |p̂ − p| ≤ ε·n/(n−1)}.
 * (Each term ranges over an interval of width {@code R} = that bound/ε, so one event fails with
 * probability at most {@code 2·exp(−2kε²) ≤ δ²/(2n²)}, and {@code 3n} of them with at most δ.)
 * Closeness is a ratio of two bounded estimates and has no additive bound of its own.
 *
 * <p>Reproducibility: sample {@code i} draws its source from its own generator seeded by the seed and
 * {@code i}; the sums are taken per block of samples in sample order and the blocks added in block
 * order ({@link OrderedBlocks}), with a block count that does not depend on the thread count, so the
 * result depends only on the seed.
 *
 * <p>Contract: {@link SamplingParameters} (validated when made), {@link #compute(Monitor)} reports progress in
 * samples ({@value #TASK}) and stops within one search of cancellation.
 *
 * <p>Distributed engines ({@link PathMeasures}): {@link #sampleCount()}, {@link #sums} for one range of
 * samples, {@link Sums#add} and {@link #scores(Sums)} give the same estimate as {@link #compute(Monitor)}
 * up to the rounding of the additions (their order).
 *
 * @param <V> vertex type
 */
public final class SampledDistances<V extends Comparable<V>> extends SampledMeasure<V, SampledDistances.Sums> {

    /** The task name progress is reported under. */
    public static final String TASK = "sampled closeness and harmonic";
    private static final int BLOCKS = 64;

    /**
     * @throws IllegalArgumentException for {@link PathLength#INVERSE_WEIGHT} with a weight that is not
     *                                  positive and finite
     */
    public SampledDistances(IndexedGraph<V> graph, SamplingParameters parameters) {
        super(graph, parameters);
    }

    /** The number of sampled sources for {@code n} persons, ε and δ: {@code ⌈ln(2n/δ)/ε²⌉} (0 when n < 2). */
    public static int sampleSize(int n, double epsilon, double delta) {
        if (n < 2) {
            return 0;
        }
        return samples(Math.log(2.0 * n / delta) / (epsilon * epsilon));
    }

    /**
     * Draws the samples and estimates; every call computes afresh.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    public SampledDistanceScores compute(Monitor monitor) {
        int n = graph.vertexCount();
        int samples = sampleCount();
        Sums total = new Sums(n);
        drawAll(TASK, "sampled sources", samples, Math.min(samples, BLOCKS), total::add, monitor);
        return scores(total);
    }

    /** The number of sampled sources for this graph, ε and δ ({@link #sampleSize}). */
    public int sampleCount() {
        return sampleSize(graph.vertexCount(), parameters.epsilon(), parameters.delta());
    }

    /**
     * Searches from the sources of samples {@code lo..hi-1}, in sample order, on the calling thread
     * (each sample's source from its own seeded generator, so a range gives the same sums wherever it
     * is drawn).
     *
     * @throws ComputationCancelledException if {@code termination} is cancelled meanwhile
     */
    public Sums sums(int lo, int hi, Termination termination) {
        return range(lo, hi, termination);
    }

    /** The estimate from the sums over all {@link #sampleCount()} samples. */
    public SampledDistanceScores scores(Sums total) {
        int n = graph.vertexCount();
        int samples = sampleCount();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        double[] farness = new double[n];
        double f = samples == 0 ? 0.0 : n / ((n - 1.0) * samples);
        for (int v = 0; v < n; v++) {
            harmonic[v] = f * total.inverse[v];
            farness[v] = f * total.distance[v];
            double reach = f * total.reached[v];
            closeness[v] = farness[v] > 0.0 ? reach * reach / farness[v] : 0.0;
        }
        double harmonicBound = n > 1 ? parameters.epsilon() * n / ((n - 1.0) * shortestLink()) : 0.0;
        return new SampledDistanceScores(new DistanceScores(parameters.pathLength(), closeness, harmonic), farness,
                parameters.epsilon(), parameters.delta(), parameters.seed(), samples, harmonicBound);
    }

    /** The shortest link length: 1 for hops, the smallest {@code 1/weight} otherwise (1 with no links). */
    private double shortestLink() {
        if (parameters.pathLength() == PathLength.HOPS || graph.edgeCount() == 0) {
            return 1.0;
        }
        return shortestLink(graph);
    }

    /**
     * Per-person sums over a range of samples: distances to the sampled sources, their inverses, and
     * how many sampled sources reach the person.
     */
    public record Sums(double[] distance, double[] inverse, long[] reached) {

        /** Zero sums for {@code n} persons. */
        public Sums(int n) {
            this(new double[n], new double[n], new long[n]);
        }

        /** Adds {@code part} into these sums. */
        public void add(Sums part) {
            for (int v = 0; v < distance.length; v++) {
                distance[v] += part.distance[v];
                inverse[v] += part.inverse[v];
                reached[v] += part.reached[v];
            }
        }
    }

    /** Searches from the sources of samples {@code lo..hi-1}, in sample order. */
    @Override
    Sums draw(ShortestPathSearch search, int lo, int hi, Termination termination) {
        int n = search.graph.vertexCount();
        Sums sums = new Sums(n);
        int[] order = search.order;
        for (int i = lo; i < hi; i++) {
            termination.check();
            int s = random(i, 0x5851f42d4c957f2dL).nextInt(n);
            int reached = search.search(s, -1, false);
            for (int t = 1; t < reached; t++) {
                int w = order[t];
                double d = search.distance(w);
                sums.distance[w] += d;
                sums.inverse[w] += 1.0 / d;
                sums.reached[w]++;
            }
            search.reset();
        }
        return sums;
    }
}
