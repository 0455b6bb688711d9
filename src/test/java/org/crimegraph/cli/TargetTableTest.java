package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
