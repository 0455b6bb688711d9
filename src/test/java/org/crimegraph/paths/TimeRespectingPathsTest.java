package org.crimegraph.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journeys on hand-built contact sequences. */
class TimeRespectingPathsTest {

    static OffsetDateTime day(int d) {
        return OffsetDateTime.of(2024, 1, d, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    static TimedHop call(String a, String b, int d, String id) {
        return new TimedHop(a, b, day(d), "call", id);
    }

    @Test
    void fewestHopsRespectingTimeAndGap() {
        // A-B day 5, B-C day 3 (too early after A-B), B-D day 6, D-C day 8: A>B>D>C is the only journey to C
        List<TimedHop> contacts = List.of(call("A", "B", 5, "c1"), call("B", "C", 3, "c2"), call("B", "D", 6, "c3"),
                call("D", "C", 8, "c4"));
        TimeRespectingPaths paths = new TimeRespectingPaths(contacts);
        List<TimedHop> journey = paths.journey("A", "C", 6, null).orElseThrow();
        assertThat(journey).extracting(TimedHop::evidenceId).containsExactly("c1", "c3", "c4");
        assertThat(journey).extracting(TimedHop::to).containsExactly("B", "D", "C");
        assertThat(paths.journey("A", "C", 2, null)).isEmpty();
        assertThat(paths.journey("A", "C", 6, Duration.ofDays(1))).isEmpty(); // D-C comes 2 days after B-D
        assertThat(paths.journey("A", "C", 6, Duration.ofDays(2))).isPresent();
        // backwards, C>B on day 3 then B>A on day 5 works in two hops
        assertThat(paths.journey("C", "A", 6, null).orElseThrow()).extracting(TimedHop::evidenceId)
                .containsExactly("c2", "c1");
    }

    @Test
    void earliestArrivalAmongEquallyShortJourneys() {
        List<TimedHop> contacts = List.of(call("A", "B", 1, "x1"), call("B", "Z", 9, "x2"), call("A", "C", 2, "y1"),
                call("C", "Z", 4, "y2"));
        assertThat(new TimeRespectingPaths(contacts).journey("A", "Z", 3, null).orElseThrow())
                .extracting(TimedHop::evidenceId).containsExactly("y1", "y2");
    }
}
