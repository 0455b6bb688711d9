package org.crimegraph.model;

/**
 * How far the source of a report can be trusted: the first part of the UK 3x5x2 grading
 * (College of Policing, APP "Intelligence management", 2021).
 */
public enum SourceEvaluation {
    /** 1: reliable. */
    RELIABLE('1'),
    /** 2: untested. */
    UNTESTED('2'),
    /** 3: not reliable. */
    NOT_RELIABLE('3');

    private final char code;

    SourceEvaluation(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** Parses '1', '2' or '3'. */
    public static SourceEvaluation fromCode(char code) {
        return Names.find(SourceEvaluation.class, value -> String.valueOf(value.code), String.valueOf(code))
                .orElseThrow(() -> new IllegalArgumentException("source evaluation must be "
                        + Names.either(SourceEvaluation.class, value -> String.valueOf(value.code)) + ", not '" + code + "'"));
    }
}
