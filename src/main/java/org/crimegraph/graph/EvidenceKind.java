package org.crimegraph.graph;

import java.util.Locale;

/** The kinds of evidence that link two persons in the projected network (docs/design.md §3). */
public enum EvidenceKind {
    ASSOCIATE, CALL, TRANSACTION, SHARED_PHONE, SHARED_ACCOUNT, SHARED_VEHICLE, SHARED_ADDRESS, ROUTE, MEETING, CROSSING;

    /** The lower-case name used in Cypher and outputs, e.g. {@code shared_phone}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EvidenceKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
