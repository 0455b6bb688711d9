package org.crimegraph.scoring;

import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.community.BrokerageRoles;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.analysis.community.CommunitySummary;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Finds the communities of the network held in a store: projects the person network under a filter
 * (the same projection, weights and crossing window as {@link NetworkScoringJob}), detects
 * communities, counts brokerage roles and profiles each community. The store is read once; the
 * analysis is pure.
 */
public final class CommunityJob {

    /** Brokers listed per community. */
    public static final int BROKERS_PER_COMMUNITY = 3;

    private final GraphStore store;

    public CommunityJob(GraphStore store) {
        this.store = store;
    }

    /** Reads the network and finds its communities. */
    public CommunityResult run(ProjectionFilter filter, CommunityAlgorithm algorithm, double resolution, long seed) {
        PersonNetwork network = new PersonNetworkReader(store).read(filter);
        return detect(filter, network, algorithm, resolution, seed);
    }

    /** Reads the network and finds its consensus communities over several seeds, with each person's stability. */
    public CommunityResult runConsensus(ProjectionFilter filter, ConsensusCommunities.Parameters parameters,
                                        Monitor monitor) {
        PersonNetwork network = new PersonNetworkReader(store).read(filter);
        IndexedGraph<String> indexed = IndexedGraph.of(network.graph());
        ConsensusCommunities.Result consensus = new ConsensusCommunities<>(indexed, parameters)
                .compute(monitor);
        return profile(filter, network, indexed, consensus.partition(), consensus);
    }

    /** Finds the communities of an already projected network. */
    public static CommunityResult detect(ProjectionFilter filter, PersonNetwork network, CommunityAlgorithm algorithm,
                                         double resolution, long seed) {
        IndexedGraph<String> indexed = IndexedGraph.of(network.graph());
        Communities communities = algorithm.run(network.graph(), indexed, resolution, seed);
        return profile(filter, network, indexed, communities, null);
    }

    private static CommunityResult profile(ProjectionFilter filter, PersonNetwork network, IndexedGraph<String> indexed,
                                           Communities communities, ConsensusCommunities.Result consensus) {
        BrokerageRoles roles = new BrokerageRoles(indexed, communities);
        var profiles = new CommunitySummary<>(indexed, communities, roles, BROKERS_PER_COMMUNITY).profiles();
        return new CommunityResult(filter, network, indexed, communities, roles, profiles, consensus);
    }
}
