package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;

/**
 * How a sampled estimate is made, shared by the sampled all-pairs measures ({@link ApproximateBetweenness},
 * {@link SampledDistances}); each class states what ε bounds for it.
 *
 * @param pathLength how path lengths are measured
 * @param epsilon    ε of the bound, in (0, 1)
 * @param delta      probability allowed for exceeding it, in (0, 1)
 * @param seed       random seed; equal seeds give equal results
 * @param threads    worker threads (at least 1)
 */
public record SamplingParameters(PathLength pathLength, double epsilon, double delta, long seed, int threads) {

    public SamplingParameters {
        if (pathLength == null) {
            throw new IllegalArgumentException("pathLength is required");
        }
        if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("epsilon and delta must be in (0, 1): " + epsilon + ", " + delta);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
