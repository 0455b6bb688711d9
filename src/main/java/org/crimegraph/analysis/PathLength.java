package org.crimegraph.analysis;

/**
 * How the length of a path is measured by path-based measures such as betweenness
 * (docs/design.md §3: every output says which).
 */
public enum PathLength {
    /** Every link has length 1: shortest paths have the fewest intermediaries. */
    HOPS("hops, every link has length 1"),
    /**
     * A link of tie strength {@code w} has length {@code 1/w}: strong ties are short, so shortest
     * paths prefer strong links.
     */
    INVERSE_WEIGHT("1/weight, strong tie = short link");

    private final String description;

    PathLength(String description) {
        this.description = description;
    }

    /** A short phrase for reports, e.g. {@code "1/weight, strong tie = short link"}. */
    public String description() {
        return description;
    }
}
