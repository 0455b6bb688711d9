package org.crimegraph.analysis.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Matches the communities of an earlier and a later partition of (mostly) the same persons, which are
 * numbered independently, by their members (Jaccard index |A∩B| / |A∪B|, as in Greene, Doyle and
 * Cunningham 2010, "Tracking the evolution of communities in dynamic social networks"). Majorities are
 * counted only over persons present in both partitions:
 * <ul>
 *   <li>{@link Kind#MERGED}: two or more earlier communities each send a majority (more than half) of
 *       their members to the same later community;</li>
 *   <li>{@link Kind#SPLIT}: two or more later communities each draw a majority of their members from the
 *       same earlier community;</li>
 *   <li>{@link Kind#APPEARED} (birth) / {@link Kind#DISSOLVED} (death): a later (earlier) community whose
 *       best Jaccard with every community of the other partition is below {@link #NEW_COMMUNITY_JACCARD};</li>
 *   <li>{@link Kind#CONTINUED}: a one-to-one match with Jaccard at least {@link #SAME_COMMUNITY_JACCARD}
 *       (reported so a reader can follow the renumbering).</li>
 * </ul>
 * Used by {@code diff} (two saved runs) and {@code timeline} (consecutive windows). Pure; O(n log n + k) for n
 * persons and k pairs of communities that share a member (one contingency table, no pairwise set intersections).
 */
public final class CommunityMatching {

    /** Below this best Jaccard a community is new (or gone). */
    public static final double NEW_COMMUNITY_JACCARD = 0.2;
    /** From this Jaccard a one-to-one match is the same community. */
    public static final double SAME_COMMUNITY_JACCARD = 0.5;

    /** Kinds of community change. */
    public enum Kind { MERGED, SPLIT, APPEARED, DISSOLVED, CONTINUED }

    /**
     * One community change.
     *
     * @param kind    what happened
     * @param before  the earlier partition's communities involved (numbers)
     * @param after   the later partition's communities involved
     * @param jaccard best member overlap (Jaccard) between the two sides
     * @param members the members of the later community (merged, appeared, continued) or of the earlier one
     *                (split, dissolved)
     */
    public record Change(Kind kind, List<Integer> before, List<Integer> after, double jaccard, Set<String> members) {

        public Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
            members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
        }
    }

    private CommunityMatching() {
    }

    /**
     * The changes from {@code before} to {@code after}, each a map from person to community number
     * (persons without a community absent): merges, then splits, then births and continuations by later
     * community number, then deaths by earlier community number.
     */
    public static List<Change> match(Map<String, Integer> before, Map<String, Integer> after) {
        Map<Integer, Set<String>> newsAll = members(after);
        Map<Integer, Set<String>> oldsAll = members(before);
        Overlaps overlaps = new Overlaps(before, after);

        // majority destination of each earlier community, majority origin of each later one (persons in both only)
        Map<Integer, Integer> destination = new HashMap<>();
        overlaps.oldToNew.forEach((o, shares) -> majority(shares, overlaps.oldShared.get(o))
                .ifPresent(d -> destination.put(o, d)));
        Map<Integer, Integer> origin = new HashMap<>();
        overlaps.newToOld.forEach((n, shares) -> majority(shares, overlaps.newShared.get(n))
                .ifPresent(o -> origin.put(n, o)));

        List<Change> changes = new ArrayList<>();
        Set<Integer> explainedOld = new HashSet<>();
        Set<Integer> explainedNew = new HashSet<>();
        Map<Integer, List<Integer>> mergedInto = new TreeMap<>();
        destination.forEach((o, d) -> mergedInto.computeIfAbsent(d, k -> new ArrayList<>()).add(o));
        mergedInto.forEach((d, sources) -> {
            if (sources.size() > 1) {
                sources.sort(null);
                changes.add(new Change(Kind.MERGED, sources, List.of(d),
                        best(newsAll.get(d).size(), overlaps.newToOld.get(d), oldsAll).jaccard, newsAll.get(d)));
                explainedOld.addAll(sources);
                explainedNew.add(d);
            }
        });
        Map<Integer, List<Integer>> splitFrom = new TreeMap<>();
        origin.forEach((n, o) -> splitFrom.computeIfAbsent(o, k -> new ArrayList<>()).add(n));
        splitFrom.forEach((o, parts) -> {
            if (parts.size() > 1) {
                parts.sort(null);
                changes.add(new Change(Kind.SPLIT, List.of(o), parts,
                        best(oldsAll.get(o).size(), overlaps.oldToNew.get(o), newsAll).jaccard, oldsAll.get(o)));
                explainedOld.add(o);
                explainedNew.addAll(parts);
            }
        });
        for (Map.Entry<Integer, Set<String>> n : newsAll.entrySet()) {
            if (explainedNew.contains(n.getKey())) {
                continue;
            }
            Best best = best(n.getValue().size(), overlaps.newToOld.get(n.getKey()), oldsAll);
            if (best.jaccard < NEW_COMMUNITY_JACCARD) {
                changes.add(new Change(Kind.APPEARED, List.of(), List.of(n.getKey()), best.jaccard, n.getValue()));
            } else if (best.jaccard >= SAME_COMMUNITY_JACCARD && !explainedOld.contains(best.community)) {
                changes.add(new Change(Kind.CONTINUED, List.of(best.community), List.of(n.getKey()), best.jaccard,
                        n.getValue()));
                explainedOld.add(best.community);
            }
        }
        for (Map.Entry<Integer, Set<String>> o : oldsAll.entrySet()) {
            double best = best(o.getValue().size(), overlaps.oldToNew.get(o.getKey()), newsAll).jaccard;
            if (!explainedOld.contains(o.getKey()) && best < NEW_COMMUNITY_JACCARD) {
                changes.add(new Change(Kind.DISSOLVED, List.of(o.getKey()), List.of(), best, o.getValue()));
            }
        }
        return List.copyOf(changes);
    }

    /** |x∩y| / |x∪y|, 0 for two empty sets. */
    public static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return jaccard(x.size(), y.size(), shared);
    }

    private static double jaccard(int x, int y, long shared) {
        return (double) shared / (x + y - shared);
    }

    /**
     * The contingency table of the two partitions, built in one pass over the persons in both: how many
     * persons each earlier community shares with each later one (only non-zero cells, by community number),
     * and how many of each community's members are in both partitions. Every overlap the matching needs is a
     * cell of it, so matching is O(n + cells) instead of one set intersection per pair of communities.
     */
    private static final class Overlaps {
        final Map<Integer, TreeMap<Integer, Integer>> oldToNew = new TreeMap<>();
        final Map<Integer, TreeMap<Integer, Integer>> newToOld = new TreeMap<>();
        final Map<Integer, Integer> oldShared = new HashMap<>();
        final Map<Integer, Integer> newShared = new HashMap<>();

        Overlaps(Map<String, Integer> before, Map<String, Integer> after) {
            before.forEach((person, o) -> {
                Integer n = after.get(person);
                if (o == null || !after.containsKey(person)) {
                    return;
                }
                oldShared.merge(o, 1, Integer::sum);
                if (n != null) {
                    oldToNew.computeIfAbsent(o, k -> new TreeMap<>()).merge(n, 1, Integer::sum);
                    newToOld.computeIfAbsent(n, k -> new TreeMap<>()).merge(o, 1, Integer::sum);
                }
            });
            after.forEach((person, n) -> {
                if (n != null && before.containsKey(person)) {
                    newShared.merge(n, 1, Integer::sum);
                }
            });
        }
    }

    /** The community of the other side that holds more than half of {@code size} shared members, if any. */
    private static Optional<Integer> majority(Map<Integer, Integer> shares, Integer size) {
        if (size == null || size == 0) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, Integer> e : shares.entrySet()) {
            if (2L * e.getValue() > size) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The best Jaccard of a community and the one it reaches it with (the lowest number among equals). */
    private record Best(double jaccard, Integer community) {
    }

    /** The best Jaccard of a community of {@code size} members with the other side's communities. */
    private static Best best(int size, Map<Integer, Integer> shares, Map<Integer, Set<String>> other) {
        double best = 0;
        Integer match = null;
        if (shares != null) {
            for (Map.Entry<Integer, Integer> e : shares.entrySet()) {
                double j = jaccard(size, other.get(e.getKey()).size(), e.getValue());
                if (j > best) {
                    best = j;
                    match = e.getKey();
                }
            }
        }
        return new Best(best, match);
    }

    /** Community number -> members (sorted). */
    private static Map<Integer, Set<String>> members(Map<String, Integer> membership) {
        Map<Integer, Set<String>> members = new TreeMap<>();
        membership.forEach((person, community) -> {
            if (community != null) {
                members.computeIfAbsent(community, c -> new TreeSet<>()).add(person);
            }
        });
        return members;
    }
}
