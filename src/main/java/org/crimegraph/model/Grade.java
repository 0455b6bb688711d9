package org.crimegraph.model;

import java.util.Comparator;

/**
 * The evaluation part of a 3x5x2 grading, for example {@code 1B} or {@code 3E}: how much a piece of
 * intelligence can be trusted, without its handling code. Grades are ordered from strongest
 * ({@code 1A}) to weakest ({@code 3E}): source evaluation first, then intelligence assessment.
 */
public record Grade(SourceEvaluation source, IntelligenceAssessment intelligence) implements Comparable<Grade> {

    private static final Comparator<Grade> ORDER =
            Comparator.comparing(Grade::source).thenComparing(Grade::intelligence);

    public Grade {
        if (source == null || intelligence == null) {
            throw new IllegalArgumentException("a grade needs a source evaluation and an intelligence assessment");
        }
    }

    /** Parses a code such as {@code 1B} or {@code 3e}. */
    public static Grade parse(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.length() != 2) {
            throw new IllegalArgumentException("grade must be like 1B (source 1-3, intelligence A-E), not '" + code + "'");
        }
        return new Grade(SourceEvaluation.fromCode(trimmed.charAt(0)), IntelligenceAssessment.fromCode(trimmed.charAt(1)));
    }

    /** The code, e.g. {@code 2C}. */
    public String code() {
        return "" + source.code() + intelligence.name();
    }

    /** The weaker of this grade and another. */
    public Grade weakest(Grade other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** True if this grade is at least as strong as {@code threshold}. */
    public boolean atLeast(Grade threshold) {
        return source.compareTo(threshold.source) <= 0 && intelligence.compareTo(threshold.intelligence) <= 0;
    }

    @Override
    public int compareTo(Grade other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
