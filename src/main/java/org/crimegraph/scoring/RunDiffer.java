package org.crimegraph.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.scoring.RunDiff.CommunityChange;
import org.crimegraph.scoring.RunDiff.CommunityChangeKind;
import org.crimegraph.scoring.RunDiff.PersonChange;
import org.crimegraph.model.PersonResult;

/**
 * Compares two saved runs. Pure: two runs in, a {@link RunDiff} out.
 *
 * <p>Communities are numbered independently in each run, so they are matched by members
 * (Jaccard index |A∩B| / |A∪B|, as in Greene, Doyle and Cunningham 2010, "Tracking the evolution of
 * communities in dynamic social networks"), counting only persons scored in both runs:
 * <ul>
 *   <li>merged: two or more earlier communities each send a majority (more than half) of their
 *       members to the same later community;</li>
 *   <li>split: two or more later communities each draw a majority of their members from the same
 *       earlier community;</li>
 *   <li>appeared / dissolved: a later (earlier) community whose best Jaccard with every community of
 *       the other run is below {@link #NEW_COMMUNITY_JACCARD};</li>
 *   <li>continued: a one-to-one match with Jaccard at least {@link #SAME_COMMUNITY_JACCARD}
 *       (reported so a reader can follow the renumbering).</li>
 * </ul>
 */
public final class RunDiffer {

    /** Below this best Jaccard a community is new (or gone). */
    public static final double NEW_COMMUNITY_JACCARD = 0.2;
    /** From this Jaccard a one-to-one match is the same community. */
    public static final double SAME_COMMUNITY_JACCARD = 0.5;

    private final int topK;
    private final int movements;

    /**
     * @param topK      size of the top list whose entries and exits are reported
     * @param movements how many of the largest rank movements to report
     */
    public RunDiffer(int topK, int movements) {
        if (topK < 1 || movements < 0) {
            throw new IllegalArgumentException("--top must be at least 1 and --moves not negative");
        }
        this.topK = topK;
        this.movements = movements;
    }

    /** What changed from {@code before} to {@code after}. */
    public RunDiff diff(SavedRun before, SavedRun after) {
        Map<String, PersonResult> a = byId(before);
        Map<String, PersonResult> b = byId(after);
        List<PersonChange> entered = new ArrayList<>();
        List<PersonChange> left = new ArrayList<>();
        for (PersonResult r : after.results()) {
            if (inTop(r) && !inTop(a.get(r.personId()))) {
                entered.add(change(r.personId(), a, b));
            }
        }
        for (PersonResult r : before.results()) {
            if (inTop(r) && !inTop(b.get(r.personId()))) {
                left.add(change(r.personId(), a, b));
            }
        }
        entered.sort(Comparator.comparing(PersonChange::rankAfter));
        left.sort(Comparator.comparing(PersonChange::rankBefore));

        List<PersonChange> moved = new ArrayList<>();
        List<PersonChange> newPersons = new ArrayList<>();
        List<PersonChange> newPoints = new ArrayList<>();
        for (PersonResult r : after.results()) {
            PersonResult old = a.get(r.personId());
            if (old == null) {
                newPersons.add(change(r.personId(), a, b));
            } else if (old.rank() != null && r.rank() != null && !old.rank().equals(r.rank())) {
                moved.add(change(r.personId(), a, b));
            }
            if (r.articulationPoint() && (old == null || !old.articulationPoint())) {
                newPoints.add(change(r.personId(), a, b));
            }
        }
        moved.sort(Comparator.comparingInt((PersonChange c) -> -Math.abs(c.gain()))
                .thenComparing(c -> Math.min(c.rankBefore(), c.rankAfter()))
                .thenComparing(PersonChange::personId));
        List<PersonChange> gone = new ArrayList<>();
        List<PersonChange> lostPoints = new ArrayList<>();
        for (PersonResult r : before.results()) {
            PersonResult now = b.get(r.personId());
            if (now == null) {
                gone.add(change(r.personId(), a, b));
            }
            if (r.articulationPoint() && (now == null || !now.articulationPoint())) {
                lostPoints.add(change(r.personId(), a, b));
            }
        }
        boolean compared = before.hasCommunities() && after.hasCommunities();
        List<CommunityChange> communities = compared ? communities(before, after) : List.of();
        return new RunDiff(before.run().runId(), after.run().runId(), topK, entered, left,
                moved.subList(0, Math.min(movements, moved.size())), newPersons, gone, byRank(newPoints, true),
                byRank(lostPoints, false), communities, compared);
    }

    /** Community changes between two runs that both have communities. */
    static List<CommunityChange> communities(SavedRun before, SavedRun after) {
        Set<String> common = new HashSet<>(byId(before).keySet());
        common.retainAll(byId(after).keySet());
        Map<Integer, Set<String>> olds = members(before, common);
        Map<Integer, Set<String>> news = members(after, common);
        Map<Integer, Set<String>> newsAll = members(after, null);
        Map<Integer, Set<String>> oldsAll = members(before, null);

        // majority destination of each earlier community, majority origin of each later one
        Map<Integer, Integer> destination = new HashMap<>();
        olds.forEach((c, m) -> majority(m, news).ifPresent(d -> destination.put(c, d)));
        Map<Integer, Integer> origin = new HashMap<>();
        news.forEach((c, m) -> majority(m, olds).ifPresent(o -> origin.put(c, o)));

        List<CommunityChange> changes = new ArrayList<>();
        Set<Integer> explainedOld = new HashSet<>();
        Set<Integer> explainedNew = new HashSet<>();
        Map<Integer, List<Integer>> mergedInto = new TreeMap<>();
        destination.forEach((o, d) -> mergedInto.computeIfAbsent(d, k -> new ArrayList<>()).add(o));
        mergedInto.forEach((d, sources) -> {
            if (sources.size() > 1) {
                sources.sort(null);
                changes.add(new CommunityChange(CommunityChangeKind.MERGED, sources, List.of(d),
                        bestJaccard(newsAll.get(d), oldsAll), new TreeSet<>(newsAll.get(d))));
                explainedOld.addAll(sources);
                explainedNew.add(d);
            }
        });
        Map<Integer, List<Integer>> splitFrom = new TreeMap<>();
        origin.forEach((n, o) -> splitFrom.computeIfAbsent(o, k -> new ArrayList<>()).add(n));
        splitFrom.forEach((o, parts) -> {
            if (parts.size() > 1) {
                parts.sort(null);
                changes.add(new CommunityChange(CommunityChangeKind.SPLIT, List.of(o), parts,
                        bestJaccard(oldsAll.get(o), newsAll), new TreeSet<>(oldsAll.get(o))));
                explainedOld.add(o);
                explainedNew.addAll(parts);
            }
        });
        for (Map.Entry<Integer, Set<String>> n : new TreeMap<>(newsAll).entrySet()) {
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
                changes.add(new CommunityChange(CommunityChangeKind.APPEARED, List.of(), List.of(n.getKey()), best,
                        new TreeSet<>(n.getValue())));
            } else if (best >= SAME_COMMUNITY_JACCARD && !explainedOld.contains(match)) {
                changes.add(new CommunityChange(CommunityChangeKind.CONTINUED, List.of(match), List.of(n.getKey()), best,
                        new TreeSet<>(n.getValue())));
                explainedOld.add(match);
            }
        }
        for (Map.Entry<Integer, Set<String>> o : new TreeMap<>(oldsAll).entrySet()) {
            if (!explainedOld.contains(o.getKey()) && bestJaccard(o.getValue(), newsAll) < NEW_COMMUNITY_JACCARD) {
                changes.add(new CommunityChange(CommunityChangeKind.DISSOLVED, List.of(o.getKey()), List.of(),
                        bestJaccard(o.getValue(), newsAll), new TreeSet<>(o.getValue())));
            }
        }
        return changes;
    }

    private static java.util.Optional<Integer> majority(Set<String> members, Map<Integer, Set<String>> other) {
        if (members.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Map.Entry<Integer, Set<String>> e : other.entrySet()) {
            long shared = members.stream().filter(e.getValue()::contains).count();
            if (2 * shared > members.size()) {
                return java.util.Optional.of(e.getKey());
            }
        }
        return java.util.Optional.empty();
    }

    private static double bestJaccard(Set<String> members, Map<Integer, Set<String>> other) {
        double best = 0;
        for (Set<String> o : other.values()) {
            best = Math.max(best, jaccard(members, o));
        }
        return best;
    }

    static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / (x.size() + y.size() - shared);
    }

    private static Map<Integer, Set<String>> members(SavedRun run, Set<String> only) {
        Map<Integer, Set<String>> members = new TreeMap<>();
        for (PersonResult r : run.results()) {
            if (r.community() != null && (only == null || only.contains(r.personId()))) {
                members.computeIfAbsent(r.community(), c -> new TreeSet<>()).add(r.personId());
            }
        }
        return members;
    }

    private boolean inTop(PersonResult r) {
        return r != null && r.rank() != null && r.rank() <= topK;
    }

    private static PersonChange change(String id, Map<String, PersonResult> a, Map<String, PersonResult> b) {
        PersonResult old = a.get(id);
        PersonResult now = b.get(id);
        String name = now != null ? now.name() : old.name();
        return new PersonChange(id, name, old == null ? null : old.rank(), now == null ? null : now.rank());
    }

    /** By the later rank ({@code later}) or the earlier one, falling back to the other when missing. */
    private static List<PersonChange> byRank(List<PersonChange> changes, boolean later) {
        List<PersonChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing((PersonChange c) -> later
                        ? (c.rankAfter() != null ? c.rankAfter() : c.rankBefore())
                        : (c.rankBefore() != null ? c.rankBefore() : c.rankAfter()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PersonChange::personId));
        return sorted;
    }

    private static Map<String, PersonResult> byId(SavedRun run) {
        Map<String, PersonResult> map = new HashMap<>();
        run.results().forEach(r -> map.put(r.personId(), r));
        return map;
    }
}
