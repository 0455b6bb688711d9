package org.crimegraph.app.query;

import java.util.List;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.scoring.ScoringResult;

/**
 * A person's place in the scored network: every measure with its rank, the target rank and reasons, and
 * the strongest links (at most the limit asked for, of {@code linkCount}).
 */
public record NodeProfile(ScoringResult result, VertexScore<String> score, Target target, List<MeasureRank> ranks,
                          List<PersonLink> links, int linkCount) {

    /** The profile of a person who is in the scored network. */
    public static NodeProfile of(ScoringResult result, String personId, int limit) {
        Target target = result.targets().stream().filter(t -> t.personId().equals(personId)).findFirst()
                .orElseThrow();
        List<PersonLink> all = result.network().linksOf(personId);
        return new NodeProfile(result, result.scores().of(personId), target, result.scores().ranksOf(personId),
                all.subList(0, Math.min(limit, all.size())), all.size());
    }

    public String id() {
        return score.vertex();
    }

    public String name() {
        return result.network().name(score.vertex());
    }
}
