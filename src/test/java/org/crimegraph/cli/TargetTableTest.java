package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.Target;
import org.junit.jupiter.api.Test;

/** How the target table prints a measure with its rank, at the sample case's scale and at a million persons'. */
class TargetTableTest {

    @Test
    void aMeasureOfOneInAMillionIsPrintedWithItsDigitsNotAsZero() {
        // PageRank at a million persons averages 1e-6: four decimals showed every person as 0.0000
        assertThat(TargetTable.ranked(0.00000313, 9921)).isEqualTo("0.00000313 (#9921)");
        assertThat(TargetTable.ranked(0.000472, 95)).isEqualTo("0.000472 (#95 )");
    }

    @Test
    void aMeasureAtTheSampleCasesScaleKeepsFourDecimals() {
        assertThat(TargetTable.ranked(0.1234, 2)).isEqualTo(" 0.1234 (#2  )");
        assertThat(TargetTable.ranked(0.0047, 12)).isEqualTo(" 0.0047 (#12 )");
        assertThat(TargetTable.ranked(0, 40)).as("a true zero stays 0.0000").isEqualTo(" 0.0000 (#40 )");
    }

    @Test
    void topRowsAllInTheTopTwoPerCentAreFlaggedAsOrderedBySmallDifferences() {
        // as measured at a million persons: ranks 95/9,742/25,954 (first by the bonus) against 1/5/5
        List<Target> million = List.of(target(1, 0.999906, 0.990259, 0.974047), target(2, 1.0, 0.999996, 0.999996));
        assertThat(TargetTable.saturation(million, 1_000_000)).startsWith("Note: all 2 persons shown have a mean "
                + "percentile of 0.9880 or more (1,000,000 persons in the network)").contains("--sort betweenness");
        // a small case: the top rows spread over the percentiles, no note
        List<Target> sample = List.of(target(1, 1.0, 0.98, 0.96), target(2, 0.90, 0.94, 0.92));
        assertThat(TargetTable.saturation(sample, 51)).isNull();
        assertThat(TargetTable.saturation(million.subList(0, 1), 1_000_000)).as("one row has no order").isNull();
    }

    private static Target target(int rank, double betweenness, double pageRank, double strength) {
        return new Target(rank, "P" + rank, "Person " + rank, 0.77,
                new Target.Measures(3, new MeasureRank("betweenness", 0.01, rank, 10, betweenness),
                        new MeasureRank("pagerank", 0.01, rank, 10, pageRank),
                        new MeasureRank("strength", 1, rank, 10, strength)),
                new Target.Position(false, null), new Target.Grounds(List.of(), List.of()));
    }
}
