package org.crimegraph.analysis.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The windows of a timeline: consecutive windows of one length moved by one step over a span
 * ({@link #consecutive}), or an explicit list ({@link #parse}). Lengths are calendar periods in UTC
 * ({@code P1M} is a calendar month, {@code P7D} a week), so monthly windows start on the first of each month
 * when the span does. Pure.
 */
public final class TimeWindows {

    /** At most this many windows (a guard against a step of a day over years by mistake). */
    public static final int MAX_WINDOWS = 1000;

    private TimeWindows() {
    }

    /**
     * Windows {@code [from + i·step, from + i·step + length)} for every start before {@code to}; the last
     * window is cut at {@code to} so that nothing after the span is used.
     */
    public static List<TimeWindow> consecutive(Instant from, Instant to, Period length, Period step) {
        return consecutive(from, to, length, step, true);
    }

    /**
     * As {@link #consecutive(Instant, Instant, Period, Period)}; with {@code cut} false the last window keeps
     * its full length (for a span read from the evidence, where nothing lies beyond {@code to} anyway).
     */
    public static List<TimeWindow> consecutive(Instant from, Instant to, Period length, Period step, boolean cut) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the timeline's span is empty: " + from + " is not before " + to);
        }
        requirePositive(length, "--window");
        requirePositive(step, "--step");
        List<TimeWindow> windows = new ArrayList<>();
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
        for (int i = 0; start.toInstant().isBefore(to); i++) {
            if (windows.size() == MAX_WINDOWS) {
                throw new IllegalArgumentException("more than " + MAX_WINDOWS + " windows: use a longer --step or a "
                        + "shorter span (--from/--to)");
            }
            Instant end = start.plus(length).toInstant();
            windows.add(new TimeWindow(start.toInstant(), cut && end.isAfter(to) ? to : end));
            start = from.atOffset(ZoneOffset.UTC).plus(step.multipliedBy(i + 1));
        }
        return List.copyOf(windows);
    }

    /**
     * An explicit list {@code START/END,START/END,...}, each end a date (exclusive: {@code 2026-01-01/2026-02-01}
     * is January) or an ISO-8601 instant with offset.
     */
    public static List<TimeWindow> parse(String list) {
        List<TimeWindow> windows = new ArrayList<>();
        for (String item : list.split(",")) {
            String text = item.trim();
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("--windows: '" + text + "' is not START/END (e.g. 2026-01-01/2026-02-01)");
            }
            Instant from = instant(text.substring(0, slash).trim());
            Instant to = instant(text.substring(slash + 1).trim());
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("--windows: '" + text + "' ends before it starts");
            }
            windows.add(new TimeWindow(from, to));
        }
        if (windows.size() > MAX_WINDOWS) {
            throw new IllegalArgumentException("--windows: more than " + MAX_WINDOWS + " windows");
        }
        return List.copyOf(windows);
    }

    /** A period of at least one day: {@code P1M}, {@code P2W}, {@code P7D}, {@code P1Y}. */
    public static Period period(String text, String option) {
        try {
            Period p = Period.parse(text.trim());
            requirePositive(p, option);
            return p;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be an ISO-8601 period such as P1M, P2W or P7D, not '"
                    + text + "'");
        }
    }

    private static void requirePositive(Period p, String option) {
        if (p.isNegative() || p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
            throw new IllegalArgumentException(option + " must be a positive period such as P1M, not " + p);
        }
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--windows: '" + text + "' is not an ISO-8601 date (2026-01-31) or "
                    + "date-time with offset (2026-01-31T18:00:00Z)");
        }
    }
}
