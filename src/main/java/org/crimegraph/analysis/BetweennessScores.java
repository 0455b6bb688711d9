package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.Arrays;

/**
 * Betweenness of every vertex of an {@link IndexedGraph}, indexed like the graph.
 *
 * <p>Two scales, following NetworkX for undirected graphs:
 * <ul>
 *   <li>{@link #raw(int)}: the sum over unordered pairs {@code {s,t}} (neither being {@code v}) of the
 *       fraction of shortest s–t paths through {@code v} (NetworkX {@code normalized=False});</li>
 *   <li>{@link #normalised(int)}: the raw value divided by the number of such pairs,
 *       {@code (n-1)(n-2)/2} (NetworkX {@code normalized=True}); 0 when {@code n <= 2}.</li>
 * </ul>
 */
public final class BetweennessScores {

    private final PathLength pathLength;
    private final double[] raw;
    private final double[] normalised;

    BetweennessScores(PathLength pathLength, double[] raw, double[] normalised) {
        this.pathLength = pathLength;
        this.raw = raw;
        this.normalised = normalised;
    }

    /** How path lengths were measured. */
    public PathLength pathLength() {
        return pathLength;
    }

    /** Number of vertices scored. */
    public int size() {
        return raw.length;
    }

    /** Raw betweenness of vertex {@code i} (each unordered pair counted once). */
    public double raw(int i) {
        return raw[i];
    }

    /** Betweenness of vertex {@code i} divided by {@code (n-1)(n-2)/2}. */
    public double normalised(int i) {
        return normalised[i];
    }

    /** A copy of all raw values. */
    public double[] rawValues() {
        return Arrays.copyOf(raw, raw.length);
    }

    /** A copy of all normalised values. */
    public double[] normalisedValues() {
        return Arrays.copyOf(normalised, normalised.length);
    }
}
