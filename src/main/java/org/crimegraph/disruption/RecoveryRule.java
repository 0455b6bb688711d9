package org.crimegraph.disruption;

import org.crimegraph.model.Names;

/** How the contacts of removed persons rewire after a disruption (see {@link Recovery}). */
public enum RecoveryRule {
    /** Each contact links to another contact of the same removed person, uniformly at random. */
    RANDOM,
    /** As random, but a partner is chosen with probability proportional to its degree + 1. */
    PREFERENTIAL,
    /** Each contact links to a contact of the same removed person in its own community, else to anyone in it. */
    WITHIN_COMMUNITY;

    /** The command-line name ({@link Names#of}, e.g. {@code within-community}). */
    public String label() {
        return Names.of(this);
    }

    /** The rule with this name (see {@link Names#find}). */
    public static RecoveryRule parse(String text) {
        return Names.find(RecoveryRule.class, RecoveryRule::label, text)
                .orElseThrow(() -> new IllegalArgumentException("unknown recovery rule '" + text + "'; one of: "
                        + Names.list(RecoveryRule.class, RecoveryRule::label)));
    }
}
