package org.crimegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossingPairsTest {

    private static final ZonedDateTime T = ZonedDateTime.parse("2024-03-01T10:00:00Z");

    private static CrossingPairs.Sighting sighting(String place, String crossing, String vehicle, String person,
                                                   long... minutesAfterT) {
        List<Claim> claims = Arrays.stream(minutesAfterT)
                .mapToObj(m -> new Claim("R-" + crossing + "-" + m, Map.of(ClaimedEvidence.AT, T.plusMinutes(m))))
                .toList();
        return new CrossingPairs.Sighting(place, crossing, vehicle, person, List.of("RD-" + person),
                List.of("RM-" + crossing), List.of("RA-" + crossing), claims);
    }

    private static List<String> pairs(List<ClaimedEvidence> evidence) {
        return evidence.stream().map(e -> e.evidenceId() + " " + e.a() + "-" + e.b()).toList();
    }

    @Test
    void pairsCrossingsOfOnePlaceWithinTheWindowByOtherVehiclesOfOtherPersons() {
        List<CrossingPairs.Sighting> sightings = List.of(
                sighting("CALAIS", "X1", "V1", "P1", 0),
                sighting("CALAIS", "X2", "V2", "P2", 10),       // 10 min after X1: a pair
                sighting("CALAIS", "X3", "V3", "P3", 120, 14),  // one claim 14 min after X1, 4 after X2: pairs with both
                sighting("CALAIS", "X4", "V1", "P4", 5),        // V1 again: X1 and X4 share the vehicle, not a pair
                sighting("CALAIS", "X5", "V5", "P1", 3),        // P1 again: X1 and X5 share the person, not a pair
                sighting("DOVER", "X6", "V6", "P6", 1));        // another place: never paired with Calais
        List<ClaimedEvidence> evidence = CrossingPairs.of(sightings, Duration.ofMinutes(15));

        assertThat(pairs(evidence)).containsExactly(
                "X1|X2 P1-P2", "X1|X3 P1-P3",
                "X2|X3 P2-P3", "X2|X4 P2-P4", "X2|X5 P2-P1",
                "X3|X4 P3-P4", "X3|X5 P3-P1",
                "X4|X5 P4-P1");
        ClaimedEvidence first = evidence.get(0);
        assertThat(first.kind()).isEqualTo(EvidenceKind.CROSSING);
        assertThat(first.parts()).containsExactly(List.of("RD-P1"), List.of("RM-X1"), List.of("RA-X1"),
                List.of("RA-X2"), List.of("RM-X2"), List.of("RD-P2"));
        assertThat(first.events()).hasSize(2);
        assertThat(first.events().get(1)).extracting(Claim::reportId).containsExactly("R-X2-10");
    }

    @Test
    void aCrossingWithTwoPersonsInItsVehicleGivesOneEvidenceEach() {
        List<ClaimedEvidence> evidence = CrossingPairs.of(List.of(
                sighting("CALAIS", "X1", "V1", "P1", 0), sighting("CALAIS", "X1", "V1", "P9", 0),
                sighting("CALAIS", "X2", "V2", "P2", 15)), Duration.ofMinutes(15));  // the window's edge counts
        assertThat(pairs(evidence)).containsExactly("X1|X2 P1-P2", "X1|X2 P9-P2");
        assertThat(CrossingPairs.of(List.of(sighting("CALAIS", "X1", "V1", "P1", 0),
                sighting("CALAIS", "X2", "V2", "P2", 16)), Duration.ofMinutes(15))).isEmpty();
    }
}
