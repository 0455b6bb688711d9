package org.crimegraph.analysis.timeline;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * One time window of a timeline: dated evidence at or after {@code from} and before {@code to}.
 *
 * @param from start, inclusive
 * @param to   end, exclusive
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a time window needs a start before its end: " + from + "/" + to);
        }
    }

    /**
     * ISO-8601 interval, dates when both ends are midnight UTC ({@code 2026-01-01/2026-02-01}, end
     * exclusive), else instants.
     */
    public String label() {
        return text(from) + "/" + text(to);
    }

    /** The start alone, for chart axes and narrow tables: a date at midnight UTC, else the instant. */
    public String start() {
        return text(from);
    }

    private static String text(Instant t) {
        var utc = t.atOffset(ZoneOffset.UTC);
        return utc.toLocalTime().equals(LocalTime.MIDNIGHT) ? utc.toLocalDate().toString() : t.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
