package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.SplittableRandom;

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
 * <p>Contract: {@link SamplingParameters} (validated when made), {@link #compute(Monitor)} reports progress in
 * samples ({@value #TASK}) and stops within one sample of cancellation. The truncated searches are
 * {@link ShortestPathSearch}, shared with {@link BrandesBetweenness}.
 *
 * <p>Distributed engines ({@link PathMeasures}): {@link #plan} fixes the sample count, {@link #counts}
 * draws one range of samples, and {@link #scores(Plan, long[])} turns the summed counts into the
 * estimate; the counts are whole numbers, so the result equals {@link #compute(Monitor)}'s exactly.
 *
 * @param <V> vertex type
 */
public final class ApproximateBetweenness<V extends Comparable<V>> extends SampledMeasure<V, long[]> {

    /** The universal constant of the sample-size bound; 0.5 as recommended by Riondato and Kornaropoulos. */
    public static final double C = 0.5;
    /** The task name progress is reported under. */
    public static final String TASK = "approximate betweenness";
    private static final int BLOCKS = 64;
    private static final int MAX_BLOCKS = 4096;
    private static final int SAMPLES_PER_BLOCK = 1000;

    private ApproximateBetweennessScores scores;

    /** Shorthand for {@code new ApproximateBetweenness<>(graph, new SamplingParameters(...))}. */
    public ApproximateBetweenness(IndexedGraph<V> graph, PathLength pathLength, double epsilon, double delta,
                                  long seed, int threads) {
        this(graph, new SamplingParameters(pathLength, epsilon, delta, seed, threads));
    }

    /**
     * @throws IllegalArgumentException for {@link PathLength#INVERSE_WEIGHT} with a weight that is not
     *                                  positive and finite
     */
    public ApproximateBetweenness(IndexedGraph<V> graph, SamplingParameters parameters) {
        super(graph, parameters);
    }

    /** The sample size for a vertex-diameter bound, ε and δ (0 when no shortest path has an interior vertex). */
    public static int sampleSize(int vertexDiameter, double epsilon, double delta) {
        if (vertexDiameter < 3) {
            return 0;
        }
        int log = 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2);
        return samples(C / (epsilon * epsilon) * (log + 1 + Math.log(1 / delta)));
    }

    /** The estimate, computed once without progress or cancellation. */
    public synchronized ApproximateBetweennessScores scores() {
        if (scores == null) {
            scores = compute(Monitor.NONE);
        }
        return scores;
    }

    /**
     * Bounds the vertex diameter and draws the samples; every call computes afresh.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    public ApproximateBetweennessScores compute(Monitor monitor) {
        int n = graph.vertexCount();
        Plan plan = plan(monitor.termination());
        int samples = plan.samples();
        long[] counts = new long[n];
        // counts are whole numbers, so the block count does not change the result; enough blocks that
        // progress moves and cancellation is seen every few thousand samples
        int blocks = Math.max(1, Math.min(samples, Math.max(BLOCKS, Math.min(MAX_BLOCKS, samples / SAMPLES_PER_BLOCK))));
        drawAll(TASK, "path samples", samples, blocks, part -> {
            for (int i = 0; i < n; i++) {
                counts[i] += part[i];
            }
        }, monitor);
        return scores(plan, counts);
    }

    /**
     * How many paths are sampled, and the vertex-diameter bound that sets it.
     *
     * @param diameter the bound on the vertices of a shortest path
     * @param samples  the sample size for it, ε and δ (0 with fewer than 3 vertices)
     */
    public record Plan(int diameter, int samples) {
    }

    /** Bounds the vertex diameter (one search per component) and sizes the sample. */
    public Plan plan(Termination termination) {
        int diameter = vertexDiameterBound(termination);
        int samples = graph.vertexCount() < 3 ? 0 : sampleSize(diameter, parameters.epsilon(), parameters.delta());
        return new Plan(diameter, samples);
    }

    /**
     * Draws samples {@code lo..hi-1} (each from its own seeded generator, so a range gives the same
     * counts wherever it is drawn) on the calling thread: one count per interior vertex of each
     * sampled path.
     *
     * @throws ComputationCancelledException if {@code termination} is cancelled meanwhile
     */
    public long[] counts(int lo, int hi, Termination termination) {
        return range(lo, hi, termination);
    }

    /** The estimate from the counts summed over all {@code plan.samples()} samples. */
    public ApproximateBetweennessScores scores(Plan plan, long[] counts) {
        int n = graph.vertexCount();
        double epsilon = parameters.epsilon();
        int diameter = plan.diameter();
        int samples = plan.samples();
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
        return new ApproximateBetweennessScores(new BetweennessScores(parameters.pathLength(), raw, normalised),
                estimate, epsilon, parameters.delta(), parameters.seed(), diameter, samples, bound);
    }

    /** Upper bound on the number of vertices on a shortest path, from one search per component. */
    int vertexDiameterBound() {
        return vertexDiameterBound(Termination.NONE);
    }

    private int vertexDiameterBound(Termination termination) {
        return vertexDiameterBound(graph, parameters.pathLength(), termination);
    }

    /**
     * Upper bound on the number of vertices on a shortest path of {@code graph}, from one search per
     * component (for the sample size, and for {@link ScoringPlan} to price the sampled mode).
     */
    static int vertexDiameterBound(IndexedGraph<?> graph, PathLength pathLength, Termination termination) {
        int n = graph.vertexCount();
        boolean[] seen = new boolean[n];
        double shortest = shortestLink(graph);
        ShortestPathSearch search = new ShortestPathSearch(graph, pathLength);
        int bound = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            termination.check();
            int size = search.search(s, -1, false);
            double eccentricity = 0.0;
            for (int i = 0; i < size; i++) {
                int w = search.order[i];
                seen[w] = true;
                eccentricity = Math.max(eccentricity, search.distance(w));
            }
            search.reset();
            long vertices;
            if (pathLength == PathLength.HOPS) {
                vertices = 2L * (long) eccentricity + 1;
            } else {
                // a path of L links has length at least L × shortest link; slack for rounding in the sum
                vertices = (long) Math.floor(2 * eccentricity / shortest * (1 + 1e-12)) + 1;
            }
            bound = (int) Math.max(bound, Math.min(vertices, size));
        }
        return bound;
    }

    /** Draws samples {@code lo..hi-1}; counts one for each interior vertex of each sampled path. */
    @Override
    long[] draw(ShortestPathSearch search, int lo, int hi, Termination termination) {
        int n = search.graph.vertexCount();
        long[] counts = new long[n];
        for (int i = lo; i < hi; i++) {
            termination.check();
            SplittableRandom random = random(i, 0x632be59bd9b4e019L);
            int u = random.nextInt(n);
            int v = random.nextInt(n - 1);
            if (v >= u) {
                v++;
            }
            search.search(u, v, true);
            if (search.reached(v)) {
                int w = v;
                while (true) {
                    int z = pick(search, w, random);
                    if (z == u) {
                        break;
                    }
                    counts[z]++;
                    w = z;
                }
            }
            search.reset();
        }
        return counts;
    }

    /** A predecessor of {@code w} on a shortest path, chosen with probability σ(z)/σ(w). */
    private static int pick(ShortestPathSearch search, int w, SplittableRandom random) {
        int[] preds = search.preds;
        double[] sigma = search.sigma;
        int first = search.graph.start(w);
        int count = search.predCount[w];
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
}
