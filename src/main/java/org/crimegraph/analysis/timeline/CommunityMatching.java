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
 * Used by {@code diff} (two saved runs) and {@code timeline} (consecutive windows). Pure; O(c·c'·n).
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
        Set<String> common = new HashSet<>(before.keySet());
        common.retainAll(after.keySet());
        Map<Integer, Set<String>> olds = members(before, common);
        Map<Integer, Set<String>> news = members(after, common);
        Map<Integer, Set<String>> newsAll = members(after, null);
        Map<Integer, Set<String>> oldsAll = members(before, null);

        // majority destination of each earlier community, majority origin of each later one
        Map<Integer, Integer> destination = new HashMap<>();
        olds.forEach((c, m) -> majority(m, news).ifPresent(d -> destination.put(c, d)));
        Map<Integer, Integer> origin = new HashMap<>();
        news.forEach((c, m) -> majority(m, olds).ifPresent(o -> origin.put(c, o)));

        List<Change> changes = new ArrayList<>();
        Set<Integer> explainedOld = new HashSet<>();
        Set<Integer> explainedNew = new HashSet<>();
        Map<Integer, List<Integer>> mergedInto = new TreeMap<>();
        destination.forEach((o, d) -> mergedInto.computeIfAbsent(d, k -> new ArrayList<>()).add(o));
        mergedInto.forEach((d, sources) -> {
            if (sources.size() > 1) {
                sources.sort(null);
                changes.add(new Change(Kind.MERGED, sources, List.of(d), bestJaccard(newsAll.get(d), oldsAll),
                        newsAll.get(d)));
                explainedOld.addAll(sources);
                explainedNew.add(d);
            }
        });
        Map<Integer, List<Integer>> splitFrom = new TreeMap<>();
        origin.forEach((n, o) -> splitFrom.computeIfAbsent(o, k -> new ArrayList<>()).add(n));
        splitFrom.forEach((o, parts) -> {
            if (parts.size() > 1) {
                parts.sort(null);
                changes.add(new Change(Kind.SPLIT, List.of(o), parts, bestJaccard(oldsAll.get(o), newsAll),
                        oldsAll.get(o)));
                explainedOld.add(o);
                explainedNew.addAll(parts);
            }
        });
        for (Map.Entry<Integer, Set<String>> n : newsAll.entrySet()) {
            if (explainedNew.contains(n.getKey())) {
                continue;
            }
            double best = 0;
            Integer match = null;
            for (Map.Entry<Integer, Set<String>> o : oldsAll.entrySet()) {
                double j = jaccard(n.getValue(), o.getValue());
                if (j > best) {
                    best = j;
                    match = o.getKey();
                }
            }
            if (best < NEW_COMMUNITY_JACCARD) {
                changes.add(new Change(Kind.APPEARED, List.of(), List.of(n.getKey()), best, n.getValue()));
            } else if (best >= SAME_COMMUNITY_JACCARD && !explainedOld.contains(match)) {
                changes.add(new Change(Kind.CONTINUED, List.of(match), List.of(n.getKey()), best, n.getValue()));
                explainedOld.add(match);
            }
        }
        for (Map.Entry<Integer, Set<String>> o : oldsAll.entrySet()) {
            if (!explainedOld.contains(o.getKey()) && bestJaccard(o.getValue(), newsAll) < NEW_COMMUNITY_JACCARD) {
                changes.add(new Change(Kind.DISSOLVED, List.of(o.getKey()), List.of(),
                        bestJaccard(o.getValue(), newsAll), o.getValue()));
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
        return (double) shared / (x.size() + y.size() - shared);
    }

    private static Optional<Integer> majority(Set<String> members, Map<Integer, Set<String>> other) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, Set<String>> e : other.entrySet()) {
            long shared = members.stream().filter(e.getValue()::contains).count();
            if (2 * shared > members.size()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static double bestJaccard(Set<String> members, Map<Integer, Set<String>> other) {
        double best = 0;
        for (Set<String> o : other.values()) {
            best = Math.max(best, jaccard(members, o));
        }
        return best;
    }

    /** Community number -> members (sorted), over {@code only} persons, or all if null. */
    private static Map<Integer, Set<String>> members(Map<String, Integer> membership, Set<String> only) {
        Map<Integer, Set<String>> members = new TreeMap<>();
        membership.forEach((person, community) -> {
            if (community != null && (only == null || only.contains(person))) {
                members.computeIfAbsent(community, c -> new TreeSet<>()).add(person);
            }
        });
        return members;
    }
}
