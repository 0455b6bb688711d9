package org.crimegraph.analysis.community;

import java.util.Locale;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.jgrapht.Graph;

/** The community detection algorithms offered, by their command-line names. */
public enum CommunityAlgorithm {
    /** {@link Louvain}. */
    LOUVAIN(Louvain.NAME),
    /** {@link Leiden} (the default: communities guaranteed connected). */
    LEIDEN(Leiden.NAME),
    /** {@link LabelPropagation} (fast, unweighted). */
    LABEL_PROPAGATION(LabelPropagation.NAME);

    private final String cliName;

    CommunityAlgorithm(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in results. */
    public String cliName() {
        return cliName;
    }

    /** Parses a command-line name (louvain, leiden, label-propagation). */
    public static CommunityAlgorithm parse(String name) {
        for (CommunityAlgorithm a : values()) {
            if (a.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown community algorithm '" + name
                + "' (use louvain, leiden or label-propagation)");
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
        return cliName;
    }
}
