package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.crimegraph.graph.PathLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eppstein–Wang sampled closeness and harmonic against the exact values (all-pairs distances by
 * Floyd–Warshall here, independent of the search kernel): every person within the stated bounds for
 * several seeds, on a connected and a disconnected graph, for hops and 1/weight lengths.
 */
class SampledDistancesTest {

    private static final double EPSILON = 0.05;
    private static final double DELTA = 0.1;

    @ParameterizedTest
    @EnumSource(PathLength.class)
    void harmonicAndFarnessAreWithinTheirBoundsForSeveralSeeds(PathLength length) {
        // 300 persons, about 900 links (one component), and 240 persons in several pieces
        for (IndexedGraph<String> g : new IndexedGraph[] {IndexedGraph.of(SampleGraphs.random(300, 900, 5)),
                IndexedGraph.of(SampleGraphs.random(240, 200, 8))}) {
            double[][] d = allPairs(g, length);
            int n = g.vertexCount();
            double diameter = 0;
            for (double[] row : d) {
                for (double x : row) {
                    if (x < Double.POSITIVE_INFINITY) {
                        diameter = Math.max(diameter, x);
                    }
                }
            }
            DistanceScores exact = BrandesBetweenness.distancesOnly(g, length, 2).distanceScores();
            for (long seed = 1; seed <= 4; seed++) {
                SampledDistanceScores sampled = new SampledDistances<>(g,
                        new SamplingParameters(length, EPSILON, DELTA, seed, 2)).compute(Monitor.NONE);
                assertThat(sampled.samples()).isEqualTo(SampledDistances.sampleSize(n, EPSILON, DELTA));
                double worstHarmonic = 0;
                double worstFarness = 0;
                for (int v = 0; v < n; v++) {
                    double farness = 0;
                    for (int u = 0; u < n; u++) {
                        if (u != v && d[v][u] < Double.POSITIVE_INFINITY) {
                            farness += d[v][u];
                        }
                    }
                    farness /= n - 1;
                    worstHarmonic = Math.max(worstHarmonic, Math.abs(sampled.distances().harmonic(v) - exact.harmonic(v)));
                    worstFarness = Math.max(worstFarness, Math.abs(sampled.farness()[v] - farness));
                }
                assertThat(worstHarmonic).as("harmonic, seed %d", seed).isLessThanOrEqualTo(sampled.harmonicErrorBound());
                assertThat(worstFarness).as("farness, seed %d", seed)
                        .isLessThanOrEqualTo(sampled.farnessErrorBound(diameter));
                // not trivially zero: the exact most central person has a clearly positive estimate
                int top = SampleGraphs.topVertex(exact.harmonicValues());
                assertThat(sampled.distances().harmonic(top)).isGreaterThan(exact.harmonic(top) / 2);
                assertThat(sampled.distances().closeness(top)).isGreaterThan(exact.closeness(top) / 2);
            }
        }
    }

    @Test
    void theHarmonicBoundIsEpsilonOverTheShortestLink() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.parse("A,B,2 B,C,4 C,D,1"));
        var hops = new SampledDistances<>(g, new SamplingParameters(PathLength.HOPS, 0.1, 0.1, 1, 1))
                .compute(Monitor.NONE);
        var weighted = new SampledDistances<>(g, new SamplingParameters(PathLength.INVERSE_WEIGHT, 0.1, 0.1, 1, 1))
                .compute(Monitor.NONE);
        assertThat(hops.harmonicErrorBound()).isCloseTo(0.1 * 4 / 3, org.assertj.core.api.Assertions.within(1e-12));
        // shortest link 1/4
        assertThat(weighted.harmonicErrorBound()).isCloseTo(0.1 * 4 / 3 * 4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(hops.farnessErrorBound(3)).isCloseTo(0.1 * 3 * 4 / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aPersonWhoReachesNoOneScoresZero() {
        var g = SampleGraphs.parse("A,B,1 B,C,1");
        g.addVertex("Z");
        IndexedGraph<String> indexed = IndexedGraph.of(g);
        DistanceScores sampled = new SampledDistances<>(indexed,
                new SamplingParameters(PathLength.HOPS, 0.2, 0.1, 3, 1)).compute(Monitor.NONE).distances();
        int z = indexed.indexOf("Z");
        assertThat(sampled.harmonic(z)).isZero();
        assertThat(sampled.closeness(z)).isZero();
        assertThat(sampled.harmonic(indexed.indexOf("B"))).isPositive();
    }

    @Test
    void theResultDependsOnTheSeedOnlyNotOnTheThreadCount() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(200, 500, 9));
        for (PathLength length : PathLength.values()) {
            SampledDistanceScores one = new SampledDistances<>(g,
                    new SamplingParameters(length, 0.1, 0.1, 42, 1)).compute(Monitor.NONE);
            for (int threads : new int[] {2, 5}) {
                SampledDistanceScores more = new SampledDistances<>(g,
                        new SamplingParameters(length, 0.1, 0.1, 42, threads)).compute(Monitor.NONE);
                assertThat(more.distances().harmonicValues()).isEqualTo(one.distances().harmonicValues());
                assertThat(more.distances().closenessValues()).isEqualTo(one.distances().closenessValues());
            }
            assertThat(new SampledDistances<>(g, new SamplingParameters(length, 0.1, 0.1, 43, 1))
                    .compute(Monitor.NONE).distances().harmonicValues()).isNotEqualTo(one.distances().harmonicValues());
        }
    }

    @Test
    void sampleSizeIsLogTwoNOverDeltaOverEpsilonSquared() {
        // ln(2·1000/0.1) / 0.01 = 990.3… → 991
        assertThat(SampledDistances.sampleSize(1000, 0.1, 0.1)).isEqualTo(991);
        // ln(2·10⁶/0.1) / 0.04 = 420.3… → 421
        assertThat(SampledDistances.sampleSize(1_000_000, 0.2, 0.1)).isEqualTo(421);
        assertThat(SampledDistances.sampleSize(1, 0.1, 0.1)).isZero();
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new SamplingParameters(PathLength.HOPS, 0, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingParameters(PathLength.HOPS, 0.1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingParameters(PathLength.HOPS, 0.1, 0.1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingParameters(null, 0.1, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Distances between all pairs by Floyd–Warshall (infinite when unreachable). */
    private static double[][] allPairs(IndexedGraph<?> g, PathLength length) {
        int n = g.vertexCount();
        double[][] d = new double[n][n];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
            for (int k = g.start(i); k < g.end(i); k++) {
                double link = length == PathLength.HOPS ? 1 : 1 / g.weight(k);
                d[i][g.neighbour(k)] = Math.min(d[i][g.neighbour(k)], link);
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (d[i][k] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double via = d[i][k] + d[k][j];
                    if (via < d[i][j]) {
                        d[i][j] = via;
                    }
                }
            }
        }
        return d;
    }
}
