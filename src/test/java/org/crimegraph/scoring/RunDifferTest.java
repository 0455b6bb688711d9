package org.crimegraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crimegraph.scoring.RunDiff.CommunityChange;
import org.crimegraph.scoring.RunDiff.CommunityChangeKind;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.ScoringRunRecord;
import org.junit.jupiter.api.Test;

/** {@link RunDiffer} on hand-made runs whose changes are known. */
class RunDifferTest {

    /** A person: id, rank, community (or null), articulation point. */
    private record P(String id, Integer rank, Integer community, boolean ap) {
    }

    private static SavedRun run(String id, P... persons) {
        List<PersonResult> results = new ArrayList<>();
        for (P p : persons) {
            results.add(new PersonResult(p.id(), "name " + p.id(), new PersonResult.Ranking(p.rank(),
                    p.rank() == null ? null : 1.0 / p.rank()), Map.of("degree", 1.0),
                    new PersonResult.Place(0, p.community(), null, false, p.ap()), List.of()));
        }
        ScoringRunRecord record = new ScoringRunRecord(id, new org.crimegraph.model.RunTiming(Instant.EPOCH, Instant.EPOCH),
                new org.crimegraph.model.RunSetup("test",
                        new org.crimegraph.model.ReleaseRule(org.crimegraph.model.HandlingCode.C, null, "all"), 1, 1,
                        "hops", List.of("degree")),
                new org.crimegraph.model.RunInput(persons.length, 0, List.of(persons.length), Map.of()), null);
        return new SavedRun(record, results);
    }

    @Test
    void topEntriesExitsMovementsAndArticulationPoints() {
        SavedRun a = run("A", new P("x", 1, null, false), new P("y", 2, null, true), new P("z", 3, null, false),
                new P("w", 4, null, false), new P("gone", 5, null, true));
        SavedRun b = run("B", new P("z", 1, null, true), new P("x", 2, null, false), new P("new", 3, null, true),
                new P("w", 4, null, false), new P("y", 5, null, false));
        RunDiff diff = new RunDiffer(2, 10).diff(a, b);
        assertThat(diff.entered()).extracting(RunDiff.PersonChange::personId).containsExactly("z");
        assertThat(diff.left()).extracting(RunDiff.PersonChange::personId).containsExactly("y");
        // z up 2, y down 3, x down 1; w unchanged is not a movement
        assertThat(diff.movements()).extracting(RunDiff.PersonChange::personId).containsExactly("y", "z", "x");
        assertThat(diff.movements().get(0).gain()).isEqualTo(-3);
        assertThat(diff.newPersons()).extracting(RunDiff.PersonChange::personId).containsExactly("new");
        assertThat(diff.gonePersons()).extracting(RunDiff.PersonChange::personId).containsExactly("gone");
        assertThat(diff.newArticulationPoints()).extracting(RunDiff.PersonChange::personId).containsExactly("z", "new");
        assertThat(diff.lostArticulationPoints()).extracting(RunDiff.PersonChange::personId).containsExactly("y", "gone");
        assertThat(diff.communitiesCompared()).isFalse();
    }

    @Test
    void communitiesMergedSplitAppearedDissolvedAndRenumbered() {
        // before: 1 = {a1..a4}, 2 = {b1..b4}, 3 = {c1..c6}, 4 = {d1..d3}, 5 = {e1..e3}
        // after:  10 = 1 ∪ 2 (merged), 11 = {c1,c2,c3}, 12 = {c4,c5,c6} (3 split),
        //         13 = {n1,n2,n3} (appeared: new persons), 14 = d renumbered; e1..e3 gone (dissolved)
        List<P> before = new ArrayList<>();
        List<P> after = new ArrayList<>();
        int rank = 1;
        for (String m : List.of("a1", "a2", "a3", "a4")) {
            before.add(new P(m, rank, 1, false));
            after.add(new P(m, rank++, 10, false));
        }
        for (String m : List.of("b1", "b2", "b3", "b4")) {
            before.add(new P(m, rank, 2, false));
            after.add(new P(m, rank++, 10, false));
        }
        for (String m : List.of("c1", "c2", "c3", "c4", "c5", "c6")) {
            before.add(new P(m, rank, 3, false));
            after.add(new P(m, rank++, m.compareTo("c4") < 0 ? 11 : 12, false));
        }
        for (String m : List.of("d1", "d2", "d3")) {
            before.add(new P(m, rank, 4, false));
            after.add(new P(m, rank++, 14, false));
        }
        for (String m : List.of("e1", "e2", "e3")) {
            before.add(new P(m, rank++, 5, false));
        }
        for (String m : List.of("n1", "n2", "n3")) {
            after.add(new P(m, rank++, 13, false));
        }
        RunDiff diff = new RunDiffer(5, 5).diff(run("A", before.toArray(P[]::new)), run("B", after.toArray(P[]::new)));
        assertThat(diff.communitiesCompared()).isTrue();
        assertThat(diff.communities()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("members")
                .containsExactlyInAnyOrder(
                change(CommunityChangeKind.MERGED, List.of(1, 2), List.of(10), 0.5),
                change(CommunityChangeKind.SPLIT, List.of(3), List.of(11, 12), 0.5),
                change(CommunityChangeKind.APPEARED, List.of(), List.of(13), 0.0),
                change(CommunityChangeKind.CONTINUED, List.of(4), List.of(14), 1.0),
                change(CommunityChangeKind.DISSOLVED, List.of(5), List.of(), 0.0));
        CommunityChange merged = diff.communities().stream().filter(c -> c.kind() == CommunityChangeKind.MERGED)
                .findFirst().orElseThrow();
        assertThat(merged.members()).containsExactly("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4");
    }

    @Test
    void jaccardIsSharedOverUnion() {
        assertThat(RunDiffer.jaccard(java.util.Set.of("a", "b", "c"), java.util.Set.of("b", "c", "d"))).isEqualTo(0.5);
        assertThat(RunDiffer.jaccard(java.util.Set.of("a"), java.util.Set.of("b"))).isZero();
    }

    /** A change compared without its member list (checked separately). */
    private static CommunityChange change(CommunityChangeKind kind, List<Integer> before, List<Integer> after, double j) {
        return new CommunityChange(kind, before, after, j, null);
    }
}
