package org.crimegraph.disruption;

import org.crimegraph.model.Names;

/**
 * Orders in which a removal simulation takes vertices out. "Block" strategies rank the vertices once,
 * on the whole graph, and remove them in that order; "sequential" (adaptive) strategies recompute
 * their score on the remaining graph after every removal. Ties: the smallest id (see {@link Ranking}).
 */
public enum RemovalStrategy {
    /** Most links first (block). */
    DEGREE(false),
    /** Largest sum of link weights first (block). */
    STRENGTH(false),
    /** Highest betweenness on the whole graph first (block; Brandes 2001). */
    BETWEENNESS_BLOCK(false),
    /** Highest betweenness, recomputed on the remaining graph after each removal (sequential). */
    BETWEENNESS_SEQUENTIAL(true),
    /** Highest weighted PageRank first (block; α = 0.85). */
    PAGERANK(false),
    /** Highest collective influence CI_ℓ, recomputed after each removal (Morone and Makse 2015). */
    COLLECTIVE_INFLUENCE(true),
    /** The articulation point whose removal disconnects most pairs, recomputed after each removal; then degree. */
    ARTICULATION(true),
    /** The KPP-Neg key-player set, largest marginal contribution first (block). */
    KEY_PLAYERS(false),
    /** Uniformly random order, averaged over seeded runs: the baseline. */
    RANDOM(false);

    private final boolean sequential;

    RemovalStrategy(boolean sequential) {
        this.sequential = sequential;
    }

    /** The name used on the command line and in output ({@link Names#of}, e.g. {@code betweenness-sequential}). */
    public String label() {
        return Names.of(this);
    }

    /** {@code sequential} or {@code block}. */
    public String mode() {
        return sequential ? "sequential" : "block";
    }

    /** The strategy with this label (case-insensitive; see {@link Names#find}). */
    public static RemovalStrategy parse(String text) {
        return Names.find(RemovalStrategy.class, RemovalStrategy::label, text)
                .orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + text + "'; one of: "
                        + Names.list(RemovalStrategy.class, RemovalStrategy::label)));
    }
}
