package org.crimegraph.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.Target;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.StepSeconds;

/**
 * One scoring of the person network: the network as projected under a filter, every person's scores,
 * the ranked targets with their reasons, and the network's communities (Leiden, seeded).
 *
 * @param evidence what the network rests on, for people: the filter's description for a store
 *                 projection, or the edge-list file the network came from
 * @param steps    how long reading, analysis (and, once saved, writing) took
 */
public record ScoringResult(ProjectionFilter filter, PersonNetwork network, NetworkScores<String> scores,
                            List<Target> targets, Communities communities, String evidence, StepSeconds steps) {

    /** The same result with the seconds its saved run took to write. */
    public ScoringResult withWriteSeconds(double seconds) {
        return new ScoringResult(filter, network, scores, targets, communities, evidence, steps.withWrite(seconds));
    }

    /** Each person's community number (ids as in {@link Communities}: 0 is the largest). */
    public Map<String, Integer> communityByPerson() {
        Map<String, Integer> byPerson = new HashMap<>();
        for (VertexScore<String> s : scores.scores()) {
            byPerson.put(s.vertex(), communities.communityOf(s.index()));
        }
        return byPerson;
    }

    /** One person's community number. */
    public int communityOf(String personId) {
        return communities.communityOf(scores.of(personId).index());
    }
}
