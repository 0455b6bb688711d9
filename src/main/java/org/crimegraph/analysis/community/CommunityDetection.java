package org.crimegraph.analysis.community;

import org.crimegraph.analysis.Monitor;

/**
 * One problem, several algorithms ({@link Louvain}, {@link Leiden}, {@link LabelPropagation}): a partition
 * of the vertices into communities, with its modularity (JGraphT's {@code ClusteringAlgorithm}, sized for us).
 */
public interface CommunityDetection {

    /**
     * Runs the algorithm, reporting progress and honouring cancellation through the monitor.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is cancelled
     */
    Communities communities(Monitor monitor);

    /** Runs the algorithm without progress or cancellation. */
    default Communities communities() {
        return communities(Monitor.NONE);
    }

    /**
     * The parameters of the modularity-based algorithms ({@link Louvain}, {@link Leiden}).
     *
     * @param resolution γ of modularity (1 = Newman's); larger finds smaller communities; positive and finite
     * @param seed       seeds the node order; the same graph, γ and seed give the same partition
     */
    record Parameters(double resolution, long seed) {

        public Parameters {
            checkedResolution(resolution);
        }
    }

    /** The resolution γ of modularity-based algorithms: a positive finite number, else an exception. */
    static double checkedResolution(double resolution) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
        }
        return resolution;
    }
}
