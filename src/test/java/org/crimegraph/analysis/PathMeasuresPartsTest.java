package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimegraph.graph.PathLength;
import org.junit.jupiter.api.Test;

/**
 * The entry points for distributed engines ({@link PathMeasures}): ranges of sources or samples run
 * apart and combined give the scores of the one-JVM computation (exact: to summation rounding;
 * sampled betweenness: exactly).
 */
class PathMeasuresPartsTest {

    private static final IndexedGraph<String> GRAPH = IndexedGraph.of(SampleGraphs.random(120, 300, 7));
    /** Uneven ranges, unlike the kernels' own blocks. */
    private static final int[] CUTS = {0, 1, 17, 18, 64, 119, 120};

    @Test
    void exactPartsCombineToTheSameScores() {
        for (PathLength length : PathLength.values()) {
            BrandesBetweenness.Result whole = new BrandesBetweenness<>(GRAPH, length, 2).compute(Monitor.NONE);
            int n = GRAPH.vertexCount();
            double[] total = new double[n];
            double[] closeness = new double[n];
            double[] harmonic = new double[n];
            // combined in reverse order, as an engine may
            for (int c = CUTS.length - 2; c >= 0; c--) {
                BrandesBetweenness.part(GRAPH, length, true, CUTS[c], CUTS[c + 1], Termination.NONE)
                        .addTo(total, closeness, harmonic);
            }
            BrandesBetweenness.Result parts = BrandesBetweenness.result(length, true, total, closeness, harmonic);
            for (int i = 0; i < n; i++) {
                assertThat(parts.betweenness().raw(i)).isCloseTo(whole.betweenness().raw(i), within(whole.betweenness().raw(i)));
                assertThat(parts.betweenness().normalised(i))
                        .isCloseTo(whole.betweenness().normalised(i), within(whole.betweenness().normalised(i)));
                // each source's closeness and harmonic come from its own search: identical
                assertThat(parts.distances().closeness(i)).isEqualTo(whole.distances().closeness(i));
                assertThat(parts.distances().harmonic(i)).isEqualTo(whole.distances().harmonic(i));
            }
            assertThat(whole.betweenness().rawValues()).isNotEqualTo(new double[n]);
        }
    }

    @Test
    void distancesOnlyPartsLeaveBetweennessOut() {
        int n = GRAPH.vertexCount();
        double[] total = new double[n];
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        BrandesBetweenness.Part part = BrandesBetweenness.part(GRAPH, PathLength.HOPS, false, 0, n, Termination.NONE);
        part.addTo(total, closeness, harmonic);
        assertThat(total).containsOnly(0.0);
        BrandesBetweenness.Result result = BrandesBetweenness.result(PathLength.HOPS, false, total, closeness, harmonic);
        assertThat(result.betweenness()).isNull();
        assertThat(result.distances().closeness(3))
                .isEqualTo(new BrandesBetweenness<>(GRAPH, PathLength.HOPS, 1).distanceScores().closeness(3));
    }

    @Test
    void sampledBetweennessCountsAddUpExactly() {
        SamplingParameters parameters = new SamplingParameters(PathLength.INVERSE_WEIGHT, 0.1, 0.1, 42, 2);
        ApproximateBetweenness<String> approximate = new ApproximateBetweenness<>(GRAPH, parameters);
        ApproximateBetweennessScores whole = approximate.compute(Monitor.NONE);
        ApproximateBetweenness.Plan plan = approximate.plan(Termination.NONE);
        assertThat(plan.samples()).isEqualTo(whole.samples()).isPositive();
        long[] counts = new long[GRAPH.vertexCount()];
        int third = plan.samples() / 3;
        for (int[] range : new int[][] {{2 * third, plan.samples()}, {0, third}, {third, 2 * third}}) {
            long[] part = approximate.counts(range[0], range[1], Termination.NONE);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += part[i];
            }
        }
        assertThat(approximate.scores(plan, counts)).isEqualTo(whole);
    }

    @Test
    void sampledDistanceSumsCombineToTheSameEstimate() {
        SamplingParameters parameters = new SamplingParameters(PathLength.HOPS, 0.2, 0.1, 3, 1);
        SampledDistances<String> sampled = new SampledDistances<>(GRAPH, parameters);
        SampledDistanceScores whole = sampled.compute(Monitor.NONE);
        int k = sampled.sampleCount();
        assertThat(k).isEqualTo(whole.samples()).isPositive();
        SampledDistances.Sums total = new SampledDistances.Sums(GRAPH.vertexCount());
        total.add(sampled.sums(k / 2, k, Termination.NONE));
        total.add(sampled.sums(0, k / 2, Termination.NONE));
        SampledDistanceScores parts = sampled.scores(total);
        for (int i = 0; i < GRAPH.vertexCount(); i++) {
            assertThat(parts.distances().harmonic(i))
                    .isCloseTo(whole.distances().harmonic(i), within(whole.distances().harmonic(i)));
            assertThat(parts.distances().closeness(i))
                    .isCloseTo(whole.distances().closeness(i), within(whole.distances().closeness(i)));
        }
    }

    @Test
    void rangesOutsideTheGraphAreRefused() {
        assertThatThrownBy(() -> BrandesBetweenness.part(GRAPH, PathLength.HOPS, true, 5, 121, Termination.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5..121");
    }

    @Test
    void theModeNamesTheEngine() {
        NetworkScores<String> scores = new NetworkScoring<>(GRAPH, NetworkScoring.Parameters.defaults(1),
                new PathMeasures() {
                    @Override
                    public <V extends Comparable<V>> BrandesBetweenness.Result exact(IndexedGraph<V> graph,
                            BrandesBetweenness.Parameters parameters, Monitor monitor) {
                        return PathMeasures.LOCAL.exact(graph, parameters, monitor);
                    }

                    @Override
                    public <V extends Comparable<V>> ApproximateBetweennessScores approximate(IndexedGraph<V> graph,
                            SamplingParameters parameters, Monitor monitor) {
                        return PathMeasures.LOCAL.approximate(graph, parameters, monitor);
                    }

                    @Override
                    public <V extends Comparable<V>> SampledDistanceScores sampledDistances(IndexedGraph<V> graph,
                            SamplingParameters parameters, Monitor monitor) {
                        return PathMeasures.LOCAL.sampledDistances(graph, parameters, monitor);
                    }

                    @Override
                    public String engine() {
                        return "a test engine";
                    }
                }).compute();
        assertThat(scores.mode().engine()).isEqualTo("a test engine");
        assertThat(scores.mode().describe()).endsWith("; searches on a test engine");
        assertThat(new NetworkScoring<>(GRAPH, NetworkScoring.Parameters.defaults(1)).compute().mode().engine()).isNull();
    }

    /** 1e-12 relative (absolute near zero). */
    private static org.assertj.core.data.Offset<Double> within(double value) {
        return org.assertj.core.data.Offset.offset(Math.max(1e-12, Math.abs(value) * 1e-12));
    }
}
