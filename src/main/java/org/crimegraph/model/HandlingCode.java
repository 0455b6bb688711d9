package org.crimegraph.model;

/**
 * Who may receive a report: the third part of the UK 3x5x2 grading.
 * Declared from least to most restrictive, so that {@link #mostRestrictive} is a max.
 */
public enum HandlingCode {
    /** P: lawful sharing permitted. */
    P,
    /** C: sharing only under the conditions stated on the report. */
    C;

    /** Parses 'P' or 'C' (case-insensitive). */
    public static HandlingCode fromCode(String code) {
        if (code != null) {
            String trimmed = code.trim().toUpperCase(java.util.Locale.ROOT);
            if (trimmed.equals("P")) {
                return P;
            }
            if (trimmed.equals("C")) {
                return C;
            }
        }
        throw new IllegalArgumentException("handling code must be P or C, not '" + code + "'");
    }

    /** The more restrictive of two codes. */
    public static HandlingCode mostRestrictive(HandlingCode a, HandlingCode b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
