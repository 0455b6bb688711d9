package org.crimegraph.app.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.ScoringResult;

/**
 * The communities a saved run keeps: the scoring's own Leiden run, or, with {@code --consensus RUNS}, the
 * consensus of RUNS Leiden runs on the same network (docs/algorithms.md, Consensus communities) with each
 * person's stability, so that the report and the exports can mark unstable memberships.
 */
final class RunCommunities {

    private RunCommunities() {
    }

    static RunAnnotations annotate(ScoringResult result, ScheduledRun.Analyses analyses, Set<String> keyPlayers,
                                   Monitor monitor) {
        if (analyses.consensusRuns() == 0) {
            return new RunAnnotations(result.communityByPerson(), Map.of(), keyPlayers, analyses.communities());
        }
        IndexedGraph<String> indexed = IndexedGraph.of(result.network().graph());
        ConsensusCommunities.Result consensus = new ConsensusCommunities<>(indexed, ConsensusCommunities.Parameters.of(
                CommunityAlgorithm.LEIDEN, 1.0, analyses.seed(), analyses.consensusRuns())).compute(monitor);
        Map<String, Integer> communities = new HashMap<>();
        Map<String, Double> stability = new HashMap<>();
        for (int i = 0; i < indexed.vertexCount(); i++) {
            communities.put(indexed.vertex(i), consensus.partition().communityOf(i));
            stability.put(indexed.vertex(i), consensus.membership().stability()[i]);
        }
        return new RunAnnotations(communities, stability, keyPlayers, analyses.communities());
    }
}
