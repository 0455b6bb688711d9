package org.crimegraph.scoring;

import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.community.BrokerageRoles;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityProfile;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;

/**
 * The communities of the person network as projected under a filter, with each person's brokerage
 * roles and a profile per community.
 *
 * @param indexed   the CSR view the communities and roles are indexed by
 * @param consensus with {@code --consensus}: the consensus run (rounds, convergence) whose partition
 *                  {@code communities} is, with each person's stability; null for a single seed
 */
public record CommunityResult(ProjectionFilter filter, PersonNetwork network, IndexedGraph<String> indexed,
                              Communities communities, BrokerageRoles roles, List<CommunityProfile<String>> profiles,
                              ConsensusCommunities.Result consensus) {

    /** True if the communities are a consensus of several seeds, with stabilities. */
    public boolean isConsensus() {
        return consensus != null;
    }
}
