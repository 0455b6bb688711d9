package org.crimegraph.generate;

import java.time.LocalDate;

/** Writes instants (epoch seconds) and dates in ISO-8601 UTC form, without building a formatter per value. */
final class IsoTimes {

    private IsoTimes() {
    }

    /** Appends {@code 2024-03-05T21:14:00Z}. */
    static void appendInstant(StringBuilder b, long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400);
        int second = (int) Math.floorMod(epochSecond, 86_400);
        appendDate(b, LocalDate.ofEpochDay(day));
        b.append('T');
        two(b, second / 3600);
        b.append(':');
        two(b, second / 60 % 60);
        b.append(':');
        two(b, second % 60);
        b.append('Z');
    }

    /** {@code 2024-03-05T21:14:00Z}. */
    static String instant(long epochSecond) {
        StringBuilder b = new StringBuilder(20);
        appendInstant(b, epochSecond);
        return b.toString();
    }

    /** Appends {@code 2024-03-05}. */
    static void appendDate(StringBuilder b, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        b.append(year).append('-');
        two(b, date.getMonthValue());
        b.append('-');
        two(b, date.getDayOfMonth());
    }

    /** {@code 2024-03-05} for the day holding {@code epochSecond}. */
    static String date(long epochSecond) {
        StringBuilder b = new StringBuilder(10);
        appendDate(b, LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400)));
        return b.toString();
    }

    private static void two(StringBuilder b, int value) {
        if (value < 10) {
            b.append('0');
        }
        b.append(value);
    }
}
