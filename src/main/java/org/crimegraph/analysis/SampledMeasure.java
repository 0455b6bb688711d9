package org.crimegraph.analysis;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The sampling setup shared by {@link ApproximateBetweenness} and {@link SampledDistances}: the graph
 * and its {@link SamplingParameters}, a per-sample seeded generator (so a range of samples gives the
 * same partial result wherever and in whatever blocks it is drawn), the draw of a range on the calling
 * thread (for distributed engines, {@link PathMeasures}) or of all samples in ordered blocks with
 * progress and cancellation, and the sample-size rounding.
 *
 * @param <V> vertex type
 * @param <P> the partial result of a range of samples
 */
abstract class SampledMeasure<V extends Comparable<V>, P> {

    final IndexedGraph<V> graph;
    final SamplingParameters parameters;

    /**
     * @throws IllegalArgumentException for {@link PathLength#INVERSE_WEIGHT} with a weight that is not
     *                                  positive and finite
     */
    SampledMeasure(IndexedGraph<V> graph, SamplingParameters parameters) {
        ShortestPathSearch.checkWeights(graph, parameters.pathLength());
        this.graph = graph;
        this.parameters = parameters;
    }

    /** Draws samples {@code lo..hi-1} with one thread's search. */
    abstract P draw(ShortestPathSearch search, int lo, int hi, Termination termination);

    /**
     * Draws samples {@code lo..hi-1} on the calling thread.
     *
     * @throws ComputationCancelledException if {@code termination} is cancelled meanwhile
     */
    final P range(int lo, int hi, Termination termination) {
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("samples " + lo + ".." + hi);
        }
        return draw(search(), lo, hi, termination);
    }

    /** Draws all {@code samples} in {@code blocks} ordered blocks on the parameters' threads, adding each into {@code combine}. */
    final void drawAll(String task, String unit, int samples, int blocks, Consumer<P> combine, Monitor monitor) {
        if (samples > 0) {
            OrderedBlocks.run(task, unit, samples, blocks, parameters.threads(), this::search,
                    (search, lo, hi) -> draw(search, lo, hi, monitor.termination()), combine, monitor);
        }
    }

    /** Sample {@code i}'s own generator; {@code salt} keeps the two measures' streams apart. */
    final SplittableRandom random(int i, long salt) {
        return new SplittableRandom(mix(parameters.seed() ^ mix(i + salt)));
    }

    private ShortestPathSearch search() {
        return new ShortestPathSearch(graph, parameters.pathLength());
    }

    /** {@code ⌈size⌉} samples, or an exception when ε is so small that they do not fit an int. */
    static int samples(double size) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("epsilon too small: " + Math.ceil(size) + " samples");
        }
        return (int) Math.ceil(size);
    }

    /** The smallest {@code 1/weight} over the links (infinity with none). */
    static double shortestLink(IndexedGraph<?> graph) {
        double shortest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 2 * graph.edgeCount(); k++) {
            shortest = Math.min(shortest, 1.0 / graph.weight(k));
        }
        return shortest;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value, so that neighbouring sample numbers get unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
