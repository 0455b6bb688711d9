package org.crimegraph.paths;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.crimegraph.graph.Evidence;

/**
 * One piece of evidence linking two persons ({@link Evidence}, as the projection sees it) with the time
 * of the event behind it, when there is one: the start of a call, the date of a transfer, meeting or
 * crossing. Associations and shared identifiers have no time ({@code at} is null).
 */
public record DatedEvidence(Evidence evidence, OffsetDateTime at) {

    public DatedEvidence {
        Objects.requireNonNull(evidence, "evidence");
    }

    /** True if the event has a time. */
    public boolean dated() {
        return at != null;
    }
}
