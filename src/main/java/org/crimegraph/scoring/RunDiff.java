package org.crimegraph.scoring;

import java.util.List;
import java.util.Set;

/**
 * What changed between two saved scoring runs ("what changed since last night"), computed by
 * {@link RunDiffer}.
 *
 * @param before                 the earlier run's id
 * @param after                  the later run's id
 * @param topK                   size of the top list compared
 * @param entered                persons in the later run's top k but not the earlier one's, by later rank
 * @param left                   persons in the earlier run's top k but not the later one's, by earlier rank
 * @param movements              largest rank changes among persons ranked in both runs, largest first
 * @param newPersons             persons scored only in the later run
 * @param gonePersons          persons scored only in the earlier run
 * @param newArticulationPoints  articulation points of the later run that were not in the earlier one
 * @param lostArticulationPoints articulation points of the earlier run that no longer are
 * @param communities            community changes, matched by member overlap; empty if either run has none
 * @param communitiesCompared    false if either run has no community results
 */
public record RunDiff(
        String before,
        String after,
        int topK,
        List<PersonChange> entered,
        List<PersonChange> left,
        List<PersonChange> movements,
        List<PersonChange> newPersons,
        List<PersonChange> gonePersons,
        List<PersonChange> newArticulationPoints,
        List<PersonChange> lostArticulationPoints,
        List<CommunityChange> communities,
        boolean communitiesCompared) {

    /**
     * One person's change.
     *
     * @param personId   the person
     * @param name       display name (from the later run if scored there)
     * @param rankBefore rank in the earlier run, or null
     * @param rankAfter  rank in the later run, or null
     */
    public record PersonChange(String personId, String name, Integer rankBefore, Integer rankAfter) {

        /** Places gained (positive = moved up), or 0 if not ranked in both. */
        public int gain() {
            return rankBefore == null || rankAfter == null ? 0 : rankBefore - rankAfter;
        }
    }

    /** Kinds of community change. */
    public enum CommunityChangeKind { MERGED, SPLIT, APPEARED, DISSOLVED, CONTINUED }

    /**
     * One community change.
     *
     * @param kind    what happened
     * @param before  the earlier run's communities involved (numbers)
     * @param after   the later run's communities involved
     * @param jaccard best member-overlap (Jaccard) between the two sides, 0 for appeared/dissolved
     * @param members the members of the later community (merged, appeared, continued) or of the earlier one (split, dissolved)
     */
    public record CommunityChange(CommunityChangeKind kind, List<Integer> before, List<Integer> after, double jaccard,
                                  Set<String> members) {
    }

    public RunDiff {
        entered = List.copyOf(entered);
        left = List.copyOf(left);
        movements = List.copyOf(movements);
        newPersons = List.copyOf(newPersons);
        gonePersons = List.copyOf(gonePersons);
        newArticulationPoints = List.copyOf(newArticulationPoints);
        lostArticulationPoints = List.copyOf(lostArticulationPoints);
        communities = List.copyOf(communities);
    }
}
