package org.crimegraph.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.timeline.CommunityMatching;
import org.crimegraph.scoring.RunDiff.CommunityChange;
import org.crimegraph.scoring.RunDiff.CommunityChangeKind;
import org.crimegraph.scoring.RunDiff.PersonChange;
import org.crimegraph.model.PersonResult;

/**
 * Compares two saved runs. Pure: two runs in, a {@link RunDiff} out.
 *
 * <p>Communities are numbered independently in each run, so they are matched by members
 * ({@link CommunityMatching}: merged, split, appeared, dissolved, continued), counting majorities only
 * over persons scored in both runs.
 */
public final class RunDiffer {

    /** Below this best Jaccard a community is new (or gone). */
    public static final double NEW_COMMUNITY_JACCARD = CommunityMatching.NEW_COMMUNITY_JACCARD;
    /** From this Jaccard a one-to-one match is the same community. */
    public static final double SAME_COMMUNITY_JACCARD = CommunityMatching.SAME_COMMUNITY_JACCARD;

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

    /** Community changes between two runs that both have communities ({@link CommunityMatching}). */
    static List<CommunityChange> communities(SavedRun before, SavedRun after) {
        List<CommunityChange> changes = new ArrayList<>();
        for (CommunityMatching.Change c : CommunityMatching.match(membership(before), membership(after))) {
            changes.add(new CommunityChange(CommunityChangeKind.valueOf(c.kind().name()), c.before(), c.after(),
                    c.jaccard(), c.members()));
        }
        return changes;
    }

    static double jaccard(Set<String> x, Set<String> y) {
        return CommunityMatching.jaccard(x, y);
    }

    private static Map<String, Integer> membership(SavedRun run) {
        Map<String, Integer> membership = new HashMap<>();
        for (PersonResult r : run.results()) {
            if (r.community() != null) {
                membership.put(r.personId(), r.community());
            }
        }
        return membership;
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
