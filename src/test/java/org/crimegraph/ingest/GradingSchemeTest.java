package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;

/** Every cell of the mapping table in docs/grading.md, and the rejections of invalid gradings. */
class GradingSchemeTest {

    private static String mapped(GradingScheme scheme, String grade, String handling) throws InvalidFieldException {
        GradingScheme.Mapped m = scheme.map(grade, handling);
        return m.grade().code() + "/" + m.handling();
    }

    @Test
    void nativeGradesPassThrough() throws Exception {
        assertThat(mapped(GradingScheme.THREE_BY_FIVE_BY_TWO, "1b", "p")).isEqualTo("1B/P");
        assertThat(mapped(GradingScheme.THREE_BY_FIVE_BY_TWO, "3E", "C")).isEqualTo("3E/C");
        assertThat(GradingScheme.THREE_BY_FIVE_BY_TWO.map("2c", "c").original()).isEqualTo("3x5x2:2C/C");
    }

    @Test
    void fiveByFiveByFiveSourceAndIntelligenceTable() throws Exception {
        Map<Character, Character> source = Map.of('A', '1', 'B', '1', 'C', '3', 'D', '3', 'E', '2');
        Map<Character, Character> intelligence = Map.of('1', 'A', '2', 'A', '3', 'B', '4', 'D', '5', 'E');
        for (var s : source.entrySet()) {
            for (var i : intelligence.entrySet()) {
                String expected = "" + s.getValue() + i.getValue();
                assertThat(GradingScheme.FIVE_BY_FIVE_BY_FIVE.map("" + s.getKey() + i.getKey(), "1").grade().code())
                        .as("5x5x5 %s%s", s.getKey(), i.getKey()).isEqualTo(expected);
            }
        }
    }

    @Test
    void fiveByFiveByFiveHandlingTable() throws Exception {
        Map<String, HandlingCode> handling = Map.of("1", HandlingCode.P, "2", HandlingCode.P,
                "3", HandlingCode.C, "4", HandlingCode.C, "5", HandlingCode.C);
        for (var h : handling.entrySet()) {
            assertThat(GradingScheme.FIVE_BY_FIVE_BY_FIVE.map("A1", h.getKey()).handling()).isEqualTo(h.getValue());
        }
        assertThat(GradingScheme.FIVE_BY_FIVE_BY_FIVE.map("b2", "4").original()).isEqualTo("5x5x5:B2/4");
    }

    @Test
    void admiraltyTable() throws Exception {
        Map<Character, Character> reliability = Map.of('A', '1', 'B', '1', 'C', '3', 'D', '3', 'E', '3', 'F', '2');
        Map<Character, Character> credibility = Map.of('1', 'B', '2', 'C', '3', 'D', '4', 'D', '5', 'E', '6', 'D');
        for (var s : reliability.entrySet()) {
            for (var i : credibility.entrySet()) {
                assertThat(GradingScheme.ADMIRALTY.map("" + s.getKey() + i.getKey(), "P").grade().code())
                        .as("Admiralty %s%s", s.getKey(), i.getKey()).isEqualTo("" + s.getValue() + i.getValue());
            }
        }
        assertThat(mapped(GradingScheme.ADMIRALTY, "A1", "C")).isEqualTo("1B/C");
    }

    @Test
    void invalidGradingsNameTheField() {
        assertThatThrownBy(() -> GradingScheme.FIVE_BY_FIVE_BY_FIVE.map("F1", "1"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("source A-E")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("grade");
        assertThatThrownBy(() -> GradingScheme.FIVE_BY_FIVE_BY_FIVE.map("A1", "P"))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("handling");
        assertThatThrownBy(() -> GradingScheme.ADMIRALTY.map("G1", "P"))
                .hasMessageContaining("reliability A-F");
        assertThatThrownBy(() -> GradingScheme.ADMIRALTY.map("A7", "P"))
                .hasMessageContaining("credibility 1-6");
        assertThatThrownBy(() -> GradingScheme.ADMIRALTY.map("A1", "1"))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("handling");
        assertThatThrownBy(() -> GradingScheme.THREE_BY_FIVE_BY_TWO.map("B1", "P"))
                .hasMessageContaining("source evaluation must be 1, 2 or 3");
        assertThatThrownBy(() -> GradingScheme.THREE_BY_FIVE_BY_TWO.map("", "P"))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("grade");
        assertThatThrownBy(() -> GradingScheme.of("4x4")).hasMessageContaining("3x5x2, 5x5x5 or admiralty");
        assertThat(GradingScheme.of(" ")).isEqualTo(GradingScheme.THREE_BY_FIVE_BY_TWO);
        assertThat(GradingScheme.of("NATO")).isEqualTo(GradingScheme.ADMIRALTY);
    }
}
