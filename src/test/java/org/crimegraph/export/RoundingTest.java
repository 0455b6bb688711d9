package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void threeDecimalsWhenTheyAlreadyTellTheRowsApart() {
        assertThat(Rounding.scoreDecimals(List.of(0.769, 0.751, 0.732))).isEqualTo(3);
        assertThat(Rounding.scoreDecimals(List.of())).isEqualTo(3);
        assertThat(Rounding.scoreDecimals(List.of(0.5))).isEqualTo(3);
    }

    @Test
    void asManyDecimalsAsSeparateConsecutiveRowsThatDiffer() {
        // the 100,000-person top: 0.846 for all, apart in the 5th decimal
        List<Double> top = List.of(0.846161, 0.846152, 0.846138, 0.846138, 0.846120);
        assertThat(Rounding.scoreDecimals(top)).isEqualTo(5);
        assertThat(top.stream().map(v -> Rounding.fixed(v, 5)).toList())
                .containsExactly("0.84616", "0.84615", "0.84614", "0.84614", "0.84612");
        // 0.8462 both at 4 decimals, 0.84615 both at 5
        assertThat(Rounding.scoreDecimals(List.of(0.846153, 0.846151))).isEqualTo(6);
    }

    @Test
    void equalValuesStayEqualAndDoNotAskForMoreDecimals() {
        assertThat(Rounding.scoreDecimals(List.of(0.75, 0.75, 0.75, 0.5))).isEqualTo(3);
    }

    @Test
    void oneMoreDecimalCanJoinWhatFewerKeptApart() {
        // the first pair is apart at 3 decimals (0.124, 0.123) but not at 4 (0.1235 both), which the second
        // pair needs (0.123 both at 3): only 5 separates both
        assertThat(Rounding.fixed(0.12349, 4)).isEqualTo(Rounding.fixed(0.12351, 4));
        assertThat(Rounding.separatingDecimals(List.of(0.12351, 0.12349, 0.1230), 3, 6)).isEqualTo(5);
    }

    @Test
    void stopsAtTheMostDecimalsAllowed() {
        assertThat(Rounding.scoreDecimals(List.of(0.84615381, 0.84615380))).isEqualTo(6);
        assertThatThrownBy(() -> Rounding.separatingDecimals(List.of(1.0), 4, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
