package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.Arrays;

/**
 * Closeness and harmonic centrality of every vertex of an {@link IndexedGraph}, indexed like the
 * graph, computed by {@link BrandesBetweenness} in the same single-source searches as betweenness.
 *
 * <p>Conventions, following NetworkX for undirected graphs (see docs/algorithms.md):
 * <ul>
 *   <li>{@link #closeness(int)}: Wasserman and Faust's closeness for graphs that may be disconnected
 *       (S. Wasserman and K. Faust, <i>Social Network Analysis</i>, Cambridge University Press 1994,
 *       eq. 5.3 and §5.3.1): {@code (r−1)/Σd × (r−1)/(n−1)}, where {@code r} counts the vertices the
 *       vertex reaches (itself included) and {@code Σd} their total distance; 0 for a vertex that
 *       reaches no one. NetworkX {@code closeness_centrality(G, distance=…, wf_improved=True)}.</li>
 *   <li>{@link #harmonic(int)}: harmonic centrality (M. Marchiori and V. Latora, "Harmony in the
 *       small-world", Physica A 285:539–546, 2000; Y. Rochat, "Closeness centrality extended to
 *       unconnected graphs: the harmonic centrality index", ASNA 2009): {@code Σ 1/d(v,u)} over the
 *       other vertices (unreachable ones add 0), divided by {@code n−1}. NetworkX's
 *       {@code harmonic_centrality} is not divided: it equals this value times {@code n−1}.</li>
 * </ul>
 * Distances are hops or sums of {@code 1/weight}, as {@link #pathLength()} says.
 */
public final class DistanceScores {

    private final PathLength pathLength;
    private final double[] closeness;
    private final double[] harmonic;

    DistanceScores(PathLength pathLength, double[] closeness, double[] harmonic) {
        this.pathLength = pathLength;
        this.closeness = closeness;
        this.harmonic = harmonic;
    }

    /** How path lengths were measured. */
    public PathLength pathLength() {
        return pathLength;
    }

    /** Number of vertices scored. */
    public int size() {
        return closeness.length;
    }

    /** Wasserman–Faust closeness of vertex {@code i}. */
    public double closeness(int i) {
        return closeness[i];
    }

    /** Harmonic centrality of vertex {@code i}, divided by {@code n−1}. */
    public double harmonic(int i) {
        return harmonic[i];
    }

    /** A copy of all closeness values. */
    public double[] closenessValues() {
        return Arrays.copyOf(closeness, closeness.length);
    }

    /** A copy of all harmonic values. */
    public double[] harmonicValues() {
        return Arrays.copyOf(harmonic, harmonic.length);
    }
}
