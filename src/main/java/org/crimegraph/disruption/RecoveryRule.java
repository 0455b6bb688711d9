package org.crimegraph.disruption;

/** How the contacts of removed persons rewire after a disruption (see {@link Recovery}). */
public enum RecoveryRule {
    /** Each contact links to another contact of the same removed person, uniformly at random. */
    RANDOM("random"),
    /** As random, but a partner is chosen with probability proportional to its degree + 1. */
    PREFERENTIAL("preferential"),
    /** Each contact links to a contact of the same removed person in its own community, else to anyone in it. */
    WITHIN_COMMUNITY("within-community");

    private final String label;

    RecoveryRule(String label) {
        this.label = label;
    }

    /** The command-line name. */
    public String label() {
        return label;
    }

    /** The rule with this name. */
    public static RecoveryRule parse(String text) {
        for (RecoveryRule r : values()) {
            if (r.label.equalsIgnoreCase(text.trim()) || r.name().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown recovery rule '" + text + "'; one of: random, preferential, within-community");
    }
}
