package org.crimegraph.analysis.community;

import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.model.Names;
import org.jgrapht.Graph;

/** The community detection algorithms offered, by their command-line names. */
public enum CommunityAlgorithm {
    /** {@link Louvain}. */
    LOUVAIN,
    /** {@link Leiden} (the default: communities guaranteed connected). */
    LEIDEN,
    /** {@link LabelPropagation} (fast, unweighted). */
    LABEL_PROPAGATION;

    /** The name used on the command line and in results ({@link Names#of}, e.g. {@code label-propagation}). */
    public String cliName() {
        return Names.of(this);
    }

    /** Parses a command-line name (louvain, leiden, label-propagation; see {@link Names#find}). */
    public static CommunityAlgorithm parse(String name) {
        return Names.find(CommunityAlgorithm.class, CommunityAlgorithm::cliName, name)
                .orElseThrow(() -> new IllegalArgumentException("unknown community algorithm '" + name
                        + "' (use " + Names.either(CommunityAlgorithm.class, CommunityAlgorithm::cliName) + ")"));
    }

    /** Runs the algorithm on a graph and its CSR view, without progress or cancellation. */
    public <V extends Comparable<V>, E> Communities run(Graph<V, E> graph, IndexedGraph<V> indexed,
                                                        double resolution, long seed) {
        return run(graph, indexed, resolution, seed, Monitor.NONE);
    }

    /**
     * Runs the algorithm on a graph and its CSR view.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is cancelled
     */
    public <V extends Comparable<V>, E> Communities run(Graph<V, E> graph, IndexedGraph<V> indexed,
                                                        double resolution, long seed, Monitor monitor) {
        return switch (this) {
            case LOUVAIN -> new Louvain<>(indexed, resolution, seed).communities(monitor);
            case LEIDEN -> new Leiden<>(indexed, resolution, seed).communities(monitor);
            case LABEL_PROPAGATION -> new LabelPropagation<>(graph, indexed, resolution, seed).communities(monitor);
        };
    }

    @Override
    public String toString() {
        return cliName();
    }
}
