package org.crimegraph.model;

import java.util.Objects;

/**
 * The evidence rule a result rests on, as a value: the most restrictive handling code and the weakest
 * grade of the reports used, and the rule in words. A saved scoring run carries it, so that a later
 * report or export applies the run's own rule without re-parsing text ({@code graph.ProjectionFilter}
 * turns it back into a projection filter).
 *
 * @param maxHandling most restrictive handling code used: {@code C} (everything, internal use) or {@code P}
 *                    (only reports that may be shared with a partner)
 * @param minGrade    weakest grade used, or null for any
 * @param description the rule in words, as export headers and the audit log state it
 */
public record ReleaseRule(HandlingCode maxHandling, Grade minGrade, String description) {

    public ReleaseRule {
        Objects.requireNonNull(maxHandling, "maxHandling");
        Objects.requireNonNull(description, "description");
    }

    /** The weakest grade's code, e.g. {@code 2B}, or null for any. */
    public String minGradeCode() {
        return minGrade == null ? null : minGrade.code();
    }

    /** True if results under this rule may be released to an audience allowed reports up to {@code handling}. */
    public boolean releasableUnder(HandlingCode handling) {
        return maxHandling.ordinal() <= handling.ordinal();
    }
}
