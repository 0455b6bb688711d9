package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ties within a relative 1e-9: rounding of the summation order does not rank equal persons apart. */
class MeasureRankingTest {

    @Test
    void valuesThatDifferOnlyByRoundingAreTies() {
        double a = 0.1 + 0.2; // 0.30000000000000004
        double b = 0.3;
        MeasureRank[] ranks = MeasureRanking.rank("betweenness", new double[] {a, 0.1, b, 0.0});
        assertThat(ranks[0].rank()).isEqualTo(1);
        assertThat(ranks[2].rank()).isEqualTo(1);
        assertThat(ranks[0].percentile()).isEqualTo(ranks[2].percentile()).isEqualTo(2.5 / 3);
        assertThat(ranks[0].value()).isEqualTo(a);
        assertThat(ranks[1].rank()).isEqualTo(3);
        assertThat(ranks[3].rank()).isEqualTo(4);
        assertThat(ranks[3].percentile()).isZero();
    }

    @Test
    void valuesApartByMoreThanTheToleranceAreNot() {
        MeasureRank[] ranks = MeasureRanking.rank("strength", new double[] {1.0, 1.0 + 1e-8, 1.0});
        assertThat(ranks[1].rank()).isEqualTo(1);
        assertThat(ranks[0].rank()).isEqualTo(2);
        assertThat(ranks[2].rank()).isEqualTo(2);
    }
}
