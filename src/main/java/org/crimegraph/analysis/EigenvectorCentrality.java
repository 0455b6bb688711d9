package org.crimegraph.analysis;

/**
 * Weighted eigenvector centrality by power iteration: P. Bonacich, "Factoring and weighting
 * approaches to status scores and clique identification", Journal of Mathematical Sociology
 * 2(1):113–120, 1972, and "Power and centrality: a family of measures", American Journal of
 * Sociology 92(5):1170–1182, 1987.
 *
 * <p>Why: a person is central when the persons they are strongly tied to are themselves central;
 * unlike PageRank there is no random jump, so the score concentrates on the densest, most strongly
 * tied core of the network.
 *
 * <p>Definition, chosen to match NetworkX {@code eigenvector_centrality(G, weight='weight')}: the
 * principal eigenvector {@code x} of the weighted adjacency matrix {@code A} (weights are tie
 * strengths, not lengths), scaled to unit Euclidean (L2) norm and non-negative. As in NetworkX the
 * iteration is {@code x ← (A + I)x / ‖(A + I)x‖₂} from the uniform vector (the shift by {@code I} has
 * the same eigenvectors and stops the oscillation a plain power iteration shows on bipartite
 * graphs), stopping when the L1 change is below {@code n × tolerance}. The default tolerance is
 * 1e-12 rather than NetworkX's 1e-6, so the result is the fixed point to about 1e-10.
 *
 * <p>Disconnected graphs: the iteration converges to the principal eigenvector of the whole matrix.
 * Vertices outside the component(s) with the largest eigenvalue — including isolated vertices —
 * tend to 0 (their share shrinks by the ratio of the eigenvalues plus one at every step); if several
 * components share the largest eigenvalue, the uniform start splits the mass between them as
 * NetworkX does. The scores therefore compare persons across the whole network, not within each
 * component: a small separate cell scores (near) 0. A graph without links keeps the uniform vector
 * {@code 1/√n}, as in NetworkX.
 *
 * @param <V> vertex type
 */
public final class EigenvectorCentrality<V extends Comparable<V>> extends IterativeMeasure<V> {

    /** Default per-vertex tolerance (see class comment). */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default iteration cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;

    /** The task name progress is reported under. */
    public static final String TASK = "eigenvector";

    /**
     * How eigenvector centrality is computed.
     *
     * @param tolerance     per-vertex tolerance: stop when the L1 change is below {@code n × tolerance}
     * @param maxIterations iteration cap; if reached, the result is not converged and the last
     *                      iterate is kept
     */
    public record Parameters(double tolerance, int maxIterations) {

        /** Tolerance 1e-12, at most 10,000 iterations. */
        public static final Parameters DEFAULTS = new Parameters(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);

        public Parameters {
            PowerIteration.checkStoppingRule(tolerance, maxIterations);
        }
    }

    /** Eigenvector centrality with {@link Parameters#DEFAULTS}. */
    public EigenvectorCentrality(IndexedGraph<V> graph) {
        this(graph, Parameters.DEFAULTS);
    }

    /** @param graph the graph; weights must be non-negative */
    public EigenvectorCentrality(IndexedGraph<V> graph, Parameters parameters) {
        super(graph, TASK, parameters.tolerance(), parameters.maxIterations());
    }

    /** {@code x ← (A + I)x / ‖(A + I)x‖₂}; the scores have unit L2 norm. */
    @Override
    PowerIteration.Step step() {
        int n = graph.vertexCount();
        return (last, x) -> {
            double squares = 0.0;
            for (int v = 0; v < n; v++) {
                double sum = last[v];
                for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                    sum += last[graph.neighbour(k)] * graph.weight(k);
                }
                x[v] = sum;
                squares += sum * sum;
            }
            double norm = Math.sqrt(squares);
            if (norm == 0.0) {
                norm = 1.0;
            }
            double change = 0.0;
            for (int v = 0; v < n; v++) {
                x[v] /= norm;
                change += Math.abs(x[v] - last[v]);
            }
            return change;
        };
    }
}
