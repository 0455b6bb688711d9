package org.crimegraph.disruption;

import java.util.Locale;

/**
 * Orders in which a removal simulation takes vertices out. "Block" strategies rank the vertices once,
 * on the whole graph, and remove them in that order; "sequential" (adaptive) strategies recompute
 * their score on the remaining graph after every removal. Ties: the smallest id (see {@link Ranking}).
 */
public enum RemovalStrategy {
    /** Most links first (block). */
    DEGREE("degree", false),
    /** Largest sum of link weights first (block). */
    STRENGTH("strength", false),
    /** Highest betweenness on the whole graph first (block; Brandes 2001). */
    BETWEENNESS_BLOCK("betweenness-block", false),
    /** Highest betweenness, recomputed on the remaining graph after each removal (sequential). */
    BETWEENNESS_SEQUENTIAL("betweenness-sequential", true),
    /** Highest weighted PageRank first (block; α = 0.85). */
    PAGERANK("pagerank", false),
    /** Highest collective influence CI_ℓ, recomputed after each removal (Morone and Makse 2015). */
    COLLECTIVE_INFLUENCE("collective-influence", true),
    /** The articulation point whose removal disconnects most pairs, recomputed after each removal; then degree. */
    ARTICULATION("articulation", true),
    /** The KPP-Neg key-player set, largest marginal contribution first (block). */
    KEY_PLAYERS("key-players", false),
    /** Uniformly random order, averaged over seeded runs: the baseline. */
    RANDOM("random", false);

    private final String label;
    private final boolean sequential;

    RemovalStrategy(String label, boolean sequential) {
        this.label = label;
        this.sequential = sequential;
    }

    /** The name used on the command line and in output, e.g. {@code betweenness-sequential}. */
    public String label() {
        return label;
    }

    /** {@code sequential} or {@code block}. */
    public String mode() {
        return sequential ? "sequential" : "block";
    }

    /** The strategy with this label (case-insensitive). */
    public static RemovalStrategy parse(String text) {
        for (RemovalStrategy s : values()) {
            if (s.label.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + text + "'; one of: "
                + String.join(", ", java.util.Arrays.stream(values()).map(RemovalStrategy::label).toList()).toLowerCase(Locale.ROOT));
    }
}
