package org.crimegraph.generate;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param persons         persons in the case (cell members, brokers, couriers and pendant contacts)
 * @param calls           call records in total (person-to-person and calls to shared "hub" numbers)
 * @param seed            the random seed: the same seed and options give byte-identical files
 * @param from            first day of the case's events (UTC)
 * @param to              last day of the case's events (UTC), inclusive
 * @param restrictedShare share of reports with handling code C (restricted); the rest are P
 */
public record GenerateOptions(int persons, long calls, long seed, LocalDate from, LocalDate to, double restrictedShare) {

    /** Fewest persons a case can have: one cell with a leader, a lieutenant and members, and a few contacts. */
    public static final int MIN_PERSONS = 10;
    /** Most persons: identifiers have room for more, but a case beyond this is no longer a "case". */
    public static final int MAX_PERSONS = 20_000_000;

    public GenerateOptions {
        if (persons < MIN_PERSONS || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("--persons must be between " + MIN_PERSONS + " and " + MAX_PERSONS
                    + ", not " + persons);
        }
        if (calls < 0 || calls > 1_000_000_000L) {
            throw new IllegalArgumentException("--calls must be between 0 and 1,000,000,000, not " + calls);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (from.getYear() < 1900 || to.getYear() > 9999) {
            throw new IllegalArgumentException("--from/--to must lie between 1900 and 9999");
        }
        if (!(restrictedShare >= 0 && restrictedShare <= 1)) {
            throw new IllegalArgumentException("--restricted-share must be between 0 and 1, not " + restrictedShare);
        }
    }

    /** First second of the case (UTC). */
    long startSecond() {
        return from.toEpochDay() * 86_400;
    }

    /** Length of the case in seconds (whole days, {@code to} included). */
    long spanSeconds() {
        return (to.toEpochDay() - from.toEpochDay() + 1) * 86_400;
    }
}
