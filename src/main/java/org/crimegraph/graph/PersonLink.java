package org.crimegraph.graph;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * One projected person-to-person link (docs/design.md §3) with the evidence behind it: which kinds of
 * evidence tie the two persons, the reports that say so, the weakest grade among them and the most
 * restrictive handling code. Endpoints are stored in sorted order, so a link has one identity
 * whichever way it was found.
 *
 * @param source     the smaller person id
 * @param target     the larger person id
 * @param weight     tie strength (larger = stronger); distances for path measures are {@code 1/weight}
 * @param kinds      evidence kinds, e.g. {@code associate}, {@code call}, {@code transaction}
 * @param reportIds  the reports behind the link
 * @param weakestGrade the weakest grade of those reports
 * @param handling   the most restrictive handling code of those reports
 * @param firstSeen  the earliest date of its dated evidence (calls, money, meetings, crossings), or null
 * @param lastSeen   the latest date of its dated evidence, or null
 */
public record PersonLink(
        String source,
        String target,
        double weight,
        SortedSet<String> kinds,
        SortedSet<String> reportIds,
        Grade weakestGrade,
        HandlingCode handling,
        java.time.Instant firstSeen,
        java.time.Instant lastSeen) {

    /** A link without dated evidence. */
    public PersonLink(String source, String target, double weight, SortedSet<String> kinds, SortedSet<String> reportIds,
                      Grade weakestGrade, HandlingCode handling) {
        this(source, target, weight, kinds, reportIds, weakestGrade, handling, null, null);
    }

    public PersonLink {
        if (source == null || target == null || source.equals(target)) {
            throw new IllegalArgumentException("a link joins two different persons: " + source + ", " + target);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("link weight must be positive and finite: " + weight);
        }
        if (source.compareTo(target) > 0) {
            String swap = source;
            source = target;
            target = swap;
        }
        kinds = KINDS.computeIfAbsent(Set.copyOf(kinds), k -> Collections.unmodifiableSortedSet(new TreeSet<>(k)));
        reportIds = Collections.unmodifiableSortedSet(new TreeSet<>(reportIds));
    }

    /**
     * One shared immutable set per combination of kinds: a few dozen combinations for millions of links
     * (bounded by the evidence kinds' labels).
     */
    private static final java.util.concurrent.ConcurrentMap<Set<String>, SortedSet<String>> KINDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The endpoint that is not {@code personId}. */
    public String other(String personId) {
        if (personId.equals(source)) {
            return target;
        }
        if (personId.equals(target)) {
            return source;
        }
        throw new IllegalArgumentException(personId + " is not an endpoint of " + this);
    }
}
