package org.crimegraph.graph;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of evidence as the store holds it, before any release rule: the two persons, the facts it
 * rests on (the relationships, each with the reports asserting it) and the claims about the events it
 * involves (a call, a transfer, a meeting, or the two crossings of "crossed together"), each claim with
 * its time ({@code at}) and, for transfers, its {@code amount}. {@link #under} turns it into the
 * {@link Evidence} a reader under a {@link Release} may see, with the time and amount only allowed
 * claims give. Pure.
 *
 * @param parts  for each relationship the evidence uses, the reports that assert it
 * @param events for each event the evidence involves, the claims about it (empty for undated kinds)
 */
public record ClaimedEvidence(String a, String b, EvidenceKind kind, String evidenceId, List<List<String>> parts,
                              List<List<Claim>> events) {

    /** Claim field holding the event's time (a call's start, a transfer's, meeting's or crossing's ts). */
    public static final String AT = "at";
    /** Claim field holding a transfer's amount. */
    public static final String AMOUNT = "amount";

    public ClaimedEvidence {
        parts = List.copyOf(parts);
        events = List.copyOf(events);
    }

    /** Evidence that stands under a release, with the time of its event as stored (offset kept). */
    public record Standing(Evidence evidence, OffsetDateTime at) {
    }

    /**
     * The evidence as a reader under {@code release} sees it, or null if it does not stand: every
     * relationship and every event it involves must be asserted by an allowed report; times and amounts
     * come from allowed claims ({@link Release#value}). Two crossings count as "crossed together" only if
     * their allowed times lie within {@code crossingWindow}; the evidence is dated by the earlier one.
     */
    public Standing under(Release release, Duration crossingWindow) {
        List<List<String>> all = new ArrayList<>(parts);
        List<OffsetDateTime> times = new ArrayList<>();
        double amount = 0;
        for (List<Claim> event : events) {
            all.add(event.stream().map(Claim::reportId).toList());
            times.add(time(release.value(event, AT)));
            if (kind == EvidenceKind.TRANSACTION && release.value(event, AMOUNT) instanceof Number n) {
                amount = n.doubleValue();
            }
        }
        if (release.allowedReports(all) == null) {
            return null;
        }
        OffsetDateTime at = times.isEmpty() ? null : times.get(0);
        if (kind == EvidenceKind.CROSSING) {
            if (times.size() != 2 || times.contains(null)
                    || Duration.between(times.get(0), times.get(1)).abs().compareTo(crossingWindow) > 0) {
                return null;
            }
            at = times.get(0).isAfter(times.get(1)) ? times.get(1) : times.get(0);
        }
        return new Standing(new Evidence(a, b, kind, evidenceId, all, amount, at == null ? null : at.toInstant()), at);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        return value instanceof OffsetDateTime o ? o : null;
    }
}
