package org.crimegraph.paths;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * How the length of a path through the person network is measured. Every output says which.
 */
public enum Distance {
    /** Each link counts 1: the fewest intermediaries. */
    HOPS("hops (each link counts 1)"),
    /** Each link counts 1/weight: strong ties (much evidence) are short, as for betweenness (docs/projection.md). */
    INVERSE_WEIGHT("1/weight (strong tie = short link, docs/projection.md)");

    private final String description;

    Distance(String description) {
        this.description = description;
    }

    /** The measure in words, for outputs. */
    public String description() {
        return description;
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
