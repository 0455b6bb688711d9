package org.crimegraph.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * How the length of a path through the person network is measured, by the path-based measures
 * (betweenness, closeness) and the path queries alike (docs/design.md §3: every output says which).
 * The one distance convention of the code base.
 */
public enum PathLength {
    /** Every link has length 1: shortest paths have the fewest intermediaries. */
    HOPS("hops, every link has length 1", "hops (each link counts 1)"),
    /**
     * A link of tie strength {@code w} has length {@code 1/w}: strong ties (much evidence) are short, so
     * shortest paths prefer strong links (docs/projection.md).
     */
    INVERSE_WEIGHT("1/weight, strong tie = short link", "1/weight (strong tie = short link, docs/projection.md)");

    private final String description;
    private final String queryDescription;

    PathLength(String description, String queryDescription) {
        this.description = description;
        this.queryDescription = queryDescription;
    }

    /** A short phrase for scoring outputs and saved runs, e.g. {@code "1/weight, strong tie = short link"}. */
    public String description() {
        return description;
    }

    /** The phrase the path queries ({@code path}, {@code connect}) print, e.g. {@code "hops (each link counts 1)"}. */
    public String queryDescription() {
        return queryDescription;
    }

    /** The length of one link of tie strength {@code weight}. */
    public double length(double weight) {
        return this == HOPS ? 1.0 : 1.0 / weight;
    }

    /** A view of the person network whose edge weights are lengths under this measure. */
    public Graph<String, DefaultWeightedEdge> view(Graph<String, DefaultWeightedEdge> network) {
        return new AsWeightedGraph<>(network, e -> length(network.getEdgeWeight(e)), true, false);
    }
}
