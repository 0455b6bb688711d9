package org.crimegraph.analysis;

/**
 * Weighted PageRank by power iteration: S. Brin and L. Page, "The anatomy of a large-scale
 * hypertextual Web search engine", Computer Networks and ISDN Systems 30:107–117, 1998.
 *
 * <p>Why: PageRank scores a person highly when strongly tied persons are themselves highly scored,
 * so it finds the well-connected core rather than merely busy persons.
 *
 * <p>Definition, chosen to match NetworkX {@code pagerank(G, alpha, weight='weight')} on an
 * undirected graph: each undirected link is a pair of arcs; a walker at {@code u} follows a link
 * with probability {@code weight / strength(u)}; with probability {@code 1 − α} (and always from a
 * vertex without links, a "dangling" vertex) it jumps to a vertex chosen uniformly. Starting from the
 * uniform vector, iteration stops when the L1 change is below {@code n × tolerance}, NetworkX's
 * criterion. The default tolerance, 1e-12, is much tighter than NetworkX's 1e-6 so that the scores
 * are the fixed point to about 1e-11, well within 1e-6 of NetworkX's own output.
 *
 * @param <V> vertex type
 */
public final class WeightedPageRank<V extends Comparable<V>> extends IterativeMeasure<V> {

    /** The usual damping factor α. */
    public static final double DEFAULT_DAMPING = 0.85;
    /** Default per-vertex tolerance (see class comment). */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default iteration cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** The task name progress is reported under. */
    public static final String TASK = "pagerank";

    private final double damping;

    /**
     * How PageRank is computed.
     *
     * @param damping       α, the probability of following a link, in [0, 1]
     * @param tolerance     per-vertex tolerance: stop when the L1 change is below {@code n × tolerance}
     * @param maxIterations iteration cap; if reached, the result is not converged
     */
    public record Parameters(double damping, double tolerance, int maxIterations) {

        /** α = 0.85, tolerance 1e-12, at most 1000 iterations. */
        public static final Parameters DEFAULTS = new Parameters(DEFAULT_DAMPING, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS);

        public Parameters {
            if (!(damping >= 0 && damping <= 1)) {
                throw new IllegalArgumentException("damping must be in [0, 1]: " + damping);
            }
            PowerIteration.checkStoppingRule(tolerance, maxIterations);
        }
    }

    /** PageRank with {@link Parameters#DEFAULTS}. */
    public WeightedPageRank(IndexedGraph<V> graph) {
        this(graph, Parameters.DEFAULTS);
    }

    /** @param graph the graph; weights must be non-negative */
    public WeightedPageRank(IndexedGraph<V> graph, Parameters parameters) {
        super(graph, TASK, parameters.tolerance(), parameters.maxIterations());
        this.damping = parameters.damping();
    }

    /** One step of the damped walk with dangling mass spread uniformly; the scores sum to 1. */
    @Override
    PowerIteration.Step step() {
        int n = graph.vertexCount();
        double[] inverseStrength = new double[n];
        for (int i = 0; i < n; i++) {
            double strength = graph.strength(i);
            inverseStrength[i] = strength > 0 ? 1.0 / strength : 0.0;
        }
        double[] share = new double[n];
        return (last, x) -> {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (inverseStrength[i] == 0) {
                    dangling += last[i];
                }
                share[i] = last[i] * inverseStrength[i];
            }
            double base = (damping * dangling + (1 - damping)) / n;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                    sum += share[graph.neighbour(k)] * graph.weight(k);
                }
                x[v] = damping * sum + base;
                change += Math.abs(x[v] - last[v]);
            }
            return change;
        };
    }
}
