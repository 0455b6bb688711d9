package org.crimegraph.analysis;

/**
 * Where {@link NetworkScoring} runs its shortest-path searches, the O(nm) part of scoring: exact
 * betweenness with closeness and harmonic ({@link BrandesBetweenness}), sampled betweenness
 * ({@link ApproximateBetweenness}) and sampled closeness and harmonic ({@link SampledDistances}).
 * Everything else (degree, PageRank, eigenvector, cores, clustering, components, articulation points,
 * communities) stays on the calling machine.
 *
 * <p>{@link #LOCAL} runs them on this JVM's threads. Another engine (the {@code crimegraph-spark}
 * module: sources or samples partitioned over Spark executors, docs/scale-out.md) runs the same
 * kernels over ranges of sources or samples ({@link BrandesBetweenness#part},
 * {@link ApproximateBetweenness#counts}, {@link SampledDistances#sums}) and combines them; it must give
 * the same scores up to the rounding of the order of additions (sampled betweenness: exactly).
 */
public interface PathMeasures {

    /** The searches on this JVM's worker threads. */
    PathMeasures LOCAL = new PathMeasures() {
        @Override
        public <V extends Comparable<V>> BrandesBetweenness.Result exact(IndexedGraph<V> graph,
                                                                         BrandesBetweenness.Parameters parameters,
                                                                         Monitor monitor) {
            return new BrandesBetweenness<>(graph, parameters).compute(monitor);
        }

        @Override
        public <V extends Comparable<V>> ApproximateBetweennessScores approximate(IndexedGraph<V> graph,
                                                                                 SamplingParameters parameters,
                                                                                 Monitor monitor) {
            return new ApproximateBetweenness<>(graph, parameters).compute(monitor);
        }

        @Override
        public <V extends Comparable<V>> SampledDistanceScores sampledDistances(IndexedGraph<V> graph,
                                                                               SamplingParameters parameters,
                                                                               Monitor monitor) {
            return new SampledDistances<>(graph, parameters).compute(monitor);
        }

        @Override
        public String engine() {
            return null;
        }
    };

    /** One search per source: betweenness (unless the parameters say distances only), closeness, harmonic. */
    <V extends Comparable<V>> BrandesBetweenness.Result exact(IndexedGraph<V> graph,
                                                             BrandesBetweenness.Parameters parameters, Monitor monitor);

    /** Riondato–Kornaropoulos sampled betweenness. */
    <V extends Comparable<V>> ApproximateBetweennessScores approximate(IndexedGraph<V> graph,
                                                                      SamplingParameters parameters, Monitor monitor);

    /** Eppstein–Wang sampled closeness and harmonic. */
    <V extends Comparable<V>> SampledDistanceScores sampledDistances(IndexedGraph<V> graph,
                                                                    SamplingParameters parameters, Monitor monitor);

    /**
     * Where the searches ran, for the scoring mode a run records ({@link ScoringMode#engine()}), e.g.
     * {@code "Apache Spark 3.5.8 (master local[2], 8 partitions)"}; null for this JVM.
     */
    String engine();
}
