package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApproximateBetweennessTest {

    private static final double EPSILON = 0.02;
    private static final double DELTA = 0.1;

    @ParameterizedTest
    @EnumSource(PathLength.class)
    void estimatesAreWithinEpsilonOfTheExactValuesForSeveralSeeds(PathLength length) {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(300, 900, 5));
        int n = g.vertexCount();
        BetweennessScores exact = new BrandesBetweenness<>(g, length, 2).scores();
        for (long seed = 1; seed <= 4; seed++) {
            ApproximateBetweennessScores approx = new ApproximateBetweenness<>(g, length, EPSILON, DELTA, seed, 2)
                    .scores();
            assertThat(approx.samples()).isEqualTo(ApproximateBetweenness.sampleSize(approx.vertexDiameterBound(),
                    EPSILON, DELTA));
            double worstPaperScale = 0;
            double worstNormalised = 0;
            for (int i = 0; i < n; i++) {
                double exactPaperScale = exact.raw(i) / (n * (n - 1) / 2.0);
                worstPaperScale = Math.max(worstPaperScale, Math.abs(approx.estimate(i) - exactPaperScale));
                worstNormalised = Math.max(worstNormalised,
                        Math.abs(approx.betweenness().normalised(i) - exact.normalised(i)));
            }
            assertThat(worstPaperScale).as("seed %d", seed).isLessThanOrEqualTo(EPSILON);
            assertThat(worstNormalised).as("seed %d", seed).isLessThanOrEqualTo(approx.normalisedErrorBound());
            assertThat(approx.normalisedErrorBound()).isEqualTo(EPSILON * n / (n - 2));
            // the estimate is not trivially zero: the exact top broker is found with a positive value
            assertThat(approx.betweenness().normalised(SampleGraphs.topVertex(exact.normalisedValues()))).isPositive();
        }
    }

    @Test
    void theResultDependsOnTheSeedOnlyNotOnTheThreadCount() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(200, 500, 9));
        for (PathLength length : PathLength.values()) {
            ApproximateBetweennessScores one = new ApproximateBetweenness<>(g, length, 0.05, 0.1, 42, 1).scores();
            for (int threads : new int[] {2, 5}) {
                assertThat(new ApproximateBetweenness<>(g, length, 0.05, 0.1, 42, threads).scores().estimates())
                        .isEqualTo(one.estimates());
            }
            assertThat(new ApproximateBetweenness<>(g, length, 0.05, 0.1, 43, 1).scores().estimates())
                    .isNotEqualTo(one.estimates());
        }
    }

    @Test
    void sampleSizeFollowsThePaper() {
        // VD = 10: ⌊log2 8⌋ = 3; r = 0.5/0.01 × (3 + 1 + ln 10) = 315.1… → 316
        assertThat(ApproximateBetweenness.sampleSize(10, 0.1, 0.1)).isEqualTo(316);
        // VD = 3: ⌊log2 1⌋ = 0; r = 0.5/0.04 × (1 + ln 2) = 21.16… → 22
        assertThat(ApproximateBetweenness.sampleSize(3, 0.2, 0.5)).isEqualTo(22);
        assertThat(ApproximateBetweenness.sampleSize(2, 0.1, 0.1)).isZero();
    }

    @Test
    void vertexDiameterBound() {
        // path of 5 from A: eccentricity 4 → 2·4 + 1 = 9, capped at the 5 vertices of the component
        assertThat(new ApproximateBetweenness<>(IndexedGraph.of(SampleGraphs.path5()), PathLength.HOPS, 0.1, 0.1, 1, 1)
                .vertexDiameterBound()).isEqualTo(5);
        // long path from its end: eccentricity 99 → 199, capped at 100
        assertThat(new ApproximateBetweenness<>(IndexedGraph.of(SampleGraphs.longPath(100)), PathLength.HOPS, 0.1, 0.1,
                1, 1).vertexDiameterBound()).isEqualTo(100);
        // star from its centre C: eccentricity 1 → 3; weighted: lengths 1/2 and 1/4, eccentricity 1/2,
        // shortest link 1/4 → ⌊2 · (1/2) / (1/4)⌋ + 1 = 5, capped at 4 vertices
        var star = IndexedGraph.of(SampleGraphs.parse("C,L1,2 C,L2,4 C,L3,4"));
        assertThat(new ApproximateBetweenness<>(star, PathLength.HOPS, 0.1, 0.1, 1, 1).vertexDiameterBound()).isEqualTo(3);
        assertThat(new ApproximateBetweenness<>(star, PathLength.INVERSE_WEIGHT, 0.1, 0.1, 1, 1).vertexDiameterBound())
                .isEqualTo(4);
    }

    @Test
    void aStarCentreCarriesAllLeafPairs() {
        IndexedGraph<String> star = IndexedGraph.of(SampleGraphs.parse("C,L1,1 C,L2,1 C,L3,1 C,L4,1 C,L5,1"));
        ApproximateBetweennessScores s = new ApproximateBetweenness<>(star, PathLength.HOPS, 0.05, 0.05, 7, 1).scores();
        // every sampled pair of two leaves passes through C; pairs with C as an end credit no one
        assertThat(s.betweenness().normalised(0)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(
                s.normalisedErrorBound()));
        for (int leaf = 1; leaf <= 5; leaf++) {
            assertThat(s.estimate(leaf)).isZero();
        }
        assertThat(s.describe()).contains("seed 7").contains("sampled paths");
    }

    @Test
    void tinyGraphsNeedNoSamplesAndBadParametersAreRejected() {
        IndexedGraph<String> pair = IndexedGraph.of(SampleGraphs.parse("A,B,1"));
        ApproximateBetweennessScores s = new ApproximateBetweenness<>(pair, PathLength.HOPS, 0.1, 0.1, 1, 1).scores();
        assertThat(s.samples()).isZero();
        assertThat(s.estimates()).containsExactly(0.0, 0.0);
        assertThatThrownBy(() -> new ApproximateBetweenness<>(pair, PathLength.HOPS, 0, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApproximateBetweenness<>(pair, PathLength.HOPS, 0.1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void networkScoringCanUseTheApproximationAndKeepsClosenessExact() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(150, 400, 2));
        NetworkScores<String> exact = new NetworkScoring<>(g, NetworkScoring.Parameters.of(PathLength.INVERSE_WEIGHT, 2)).compute();
        NetworkScores<String> approx = new NetworkScoring<>(g, new NetworkScoring.Parameters(PathLength.INVERSE_WEIGHT, 2,
                new BetweennessMethod.Approximate(0.03, 0.1, 11))).compute();
        assertThat(exact.betweennessMethod()).isEqualTo("exact (Brandes 2001)");
        assertThat(approx.betweennessMethod()).contains("Riondato", "seed 11");
        double bound = 0.03 * 150 / 148.0;
        for (int i = 0; i < g.vertexCount(); i++) {
            VertexScore<String> e = exact.scores().get(i);
            VertexScore<String> a = approx.scores().get(i);
            assertThat(a.closeness()).isEqualTo(e.closeness());
            assertThat(a.harmonic()).isEqualTo(e.harmonic());
            assertThat(Math.abs(a.normalisedBetweenness() - e.normalisedBetweenness())).isLessThanOrEqualTo(bound);
        }
        assertThatThrownBy(() -> BrandesBetweenness.distancesOnly(g, PathLength.HOPS, 1).scores())
                .isInstanceOf(IllegalStateException.class);
    }
}
