package org.crimegraph.model;

/**
 * How the intelligence itself is assessed: the second part of the UK 3x5x2 grading.
 * Declared from strongest (A) to weakest (E).
 */
public enum IntelligenceAssessment {
    /** Known directly to the source. */
    A,
    /** Known indirectly to the source but corroborated. */
    B,
    /** Known indirectly to the source. */
    C,
    /** Not known. */
    D,
    /** Suspected to be false. */
    E;

    /** Parses 'A'..'E' (case-insensitive). */
    public static IntelligenceAssessment fromCode(char code) {
        char upper = Character.toUpperCase(code);
        if (upper < 'A' || upper > 'E') {
            throw new IllegalArgumentException("intelligence assessment must be A to E, not '" + code + "'");
        }
        return values()[upper - 'A'];
    }
}
