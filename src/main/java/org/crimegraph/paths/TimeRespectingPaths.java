package org.crimegraph.paths;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time-respecting paths ("journeys", Kempe, Kleinberg and Kumar 2002, "Connectivity and inference problems
 * for temporal networks", JCSS 64(4); Holme and Saramäki 2012, "Temporal networks", Physics Reports 519):
 * a sequence of dated contacts, each no earlier than the one before, and optionally no more than
 * {@code maxGap} after it, as i2's Find Path "in time order" offers. Contacts are undirected (a call or a
 * meeting can carry information either way). Undated evidence (associations, shared identifiers) cannot
 * be placed in time and is not used.
 *
 * <p>Search: breadth-first over contacts (the state is "arrived at v through contact e at time t"), so
 * the first journey found has the fewest hops; among those, the earliest arrival is kept. Each contact
 * is entered at most once, so the work is bounded by the sum over persons of contacts in × contacts out.
 * Pure: contacts in, a journey out.
 */
public final class TimeRespectingPaths {

    private final Map<String, List<TimedHop>> out = new HashMap<>();

    /** @param contacts dated contacts; each is usable in both directions */
    public TimeRespectingPaths(Collection<TimedHop> contacts) {
        for (TimedHop c : contacts) {
            if (c.at() == null || c.from().equals(c.to())) {
                continue;
            }
            out.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
            out.computeIfAbsent(c.to(), k -> new ArrayList<>())
                    .add(new TimedHop(c.to(), c.from(), c.at(), c.kind(), c.evidenceId()));
        }
        Comparator<TimedHop> order = Comparator.comparing(TimedHop::at).thenComparing(TimedHop::to)
                .thenComparing(TimedHop::evidenceId);
        out.values().forEach(list -> list.sort(order));
    }

    /**
     * The journey from {@code a} to {@code b} with the fewest hops (at most {@code maxHops}), earliest
     * arrival among those, or empty if time order rules every route out.
     *
     * @param maxGap longest wait allowed between two consecutive contacts, or null for no limit
     */
    public Optional<List<TimedHop>> journey(String a, String b, int maxHops, Duration maxGap) {
        if (a.equals(b)) {
            return Optional.of(List.of());
        }
        Map<TimedHop, TimedHop> parent = new HashMap<>();
        Deque<TimedHop> level = new ArrayDeque<>();
        for (TimedHop first : out.getOrDefault(a, List.of())) {
            parent.put(first, null);
            level.add(first);
        }
        for (int hops = 1; hops <= maxHops && !level.isEmpty(); hops++) {
            TimedHop best = null;
            for (TimedHop hop : level) {
                if (hop.to().equals(b) && (best == null || hop.at().isBefore(best.at()))) {
                    best = hop;
                }
            }
            if (best != null) {
                return Optional.of(SearchTree.pathTo(best, parent));
            }
            if (hops == maxHops) {
                break;
            }
            Deque<TimedHop> next = new ArrayDeque<>();
            for (TimedHop hop : level) {
                if (hop.to().equals(a)) {
                    continue; // never back through the start
                }
                List<TimedHop> onward = out.getOrDefault(hop.to(), List.of());
                for (int i = firstAtOrAfter(onward, hop); i < onward.size(); i++) {
                    TimedHop candidate = onward.get(i);
                    if (maxGap != null && Duration.between(hop.at(), candidate.at()).compareTo(maxGap) > 0) {
                        break;
                    }
                    if (!parent.containsKey(candidate) && !candidate.to().equals(hop.from())) {
                        parent.put(candidate, hop);
                        next.add(candidate);
                    }
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    private static int firstAtOrAfter(List<TimedHop> sorted, TimedHop hop) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).at().isBefore(hop.at())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
