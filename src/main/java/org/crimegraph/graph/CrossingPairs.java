package org.crimegraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * "Crossed together" evidence from the crossings persons' vehicles made: two crossings at one place, by
 * different vehicles of different persons, with some claimed times at most the crossing window apart. This
 * is the candidate rule only: {@link ClaimedEvidence#under} then decides, with the times a reader under a
 * release may see, whether the pair stands.
 *
 * <p>Per place, every claimed time is sorted once and swept with a window, so a border point with k
 * crossings costs O(k log k + candidate pairs), not the k² of a self-join. Pure.
 */
public final class CrossingPairs {

    /**
     * One crossing as a person's vehicle made it (a row of {@code cypher/projection/crossing-sightings.cypher}).
     *
     * @param location      the place's id
     * @param crossingId    the crossing
     * @param vehicle       the vehicle's key
     * @param person        a person who drives or keeps it
     * @param driverReports reports asserting the person drives or keeps the vehicle
     * @param madeReports   reports asserting the vehicle made the crossing
     * @param atReports     reports asserting the crossing was at the place
     * @param claims        every report's claim of the crossing's time ({@link ClaimedEvidence#AT})
     */
    public record Sighting(String location, String crossingId, String vehicle, String person,
                           List<String> driverReports, List<String> madeReports, List<String> atReports,
                           List<Claim> claims) {

        public Sighting {
            driverReports = List.copyOf(driverReports);
            madeReports = List.copyOf(madeReports);
            atReports = List.copyOf(atReports);
            claims = List.copyOf(claims);
        }
    }

    private CrossingPairs() {
    }

    /** The candidate "crossed together" evidence among {@code sightings}, by place, then crossing pair. */
    public static List<ClaimedEvidence> of(List<Sighting> sightings, Duration window) {
        Map<String, Map<String, List<Sighting>>> byPlace = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            byPlace.computeIfAbsent(s.location(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.crossingId(), k -> new ArrayList<>()).add(s);
        }
        List<ClaimedEvidence> evidence = new ArrayList<>();
        for (Map<String, List<Sighting>> crossings : byPlace.values()) {
            for (String[] pair : closePairs(crossings, window)) {
                for (Sighting first : crossings.get(pair[0])) {
                    for (Sighting second : crossings.get(pair[1])) {
                        if (!first.vehicle().equals(second.vehicle()) && !first.person().equals(second.person())) {
                            evidence.add(new ClaimedEvidence(first.person(), second.person(), EvidenceKind.CROSSING,
                                    pair[0] + "|" + pair[1],
                                    List.of(first.driverReports(), first.madeReports(), first.atReports(),
                                            second.atReports(), second.madeReports(), second.driverReports()),
                                    List.of(first.claims(), second.claims())));
                        }
                    }
                }
            }
        }
        return evidence;
    }

    /** Pairs of crossings of one place (smaller id first, in id order) with claimed times within the window. */
    private static TreeSet<String[]> closePairs(Map<String, List<Sighting>> crossings, Duration window) {
        record Timed(Instant at, String crossingId) {
        }
        List<Timed> times = new ArrayList<>();
        crossings.forEach((id, rows) -> {
            for (Claim claim : rows.get(0).claims()) {
                Instant at = instant(claim.value(ClaimedEvidence.AT));
                if (at != null) {
                    times.add(new Timed(at, id));
                }
            }
        });
        times.sort(Comparator.comparing(Timed::at));
        TreeSet<String[]> pairs = new TreeSet<>(Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> p[1]));
        for (int i = 0; i < times.size(); i++) {
            Timed earlier = times.get(i);
            for (int j = i + 1; j < times.size(); j++) {
                Timed later = times.get(j);
                if (Duration.between(earlier.at(), later.at()).compareTo(window) > 0) {
                    break;
                }
                int order = earlier.crossingId().compareTo(later.crossingId());
                if (order != 0) {
                    pairs.add(order < 0 ? new String[] {earlier.crossingId(), later.crossingId()}
                            : new String[] {later.crossingId(), earlier.crossingId()});
                }
            }
        }
        return pairs;
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : null;
    }
}
