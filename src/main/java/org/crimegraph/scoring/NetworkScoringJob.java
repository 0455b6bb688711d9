package org.crimegraph.scoring;

import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.PathLength;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Scores the network held in a store: projects the person network under a filter, computes the
 * measures and ranks the targets. The store is read once; the analysis is pure.
 */
public final class NetworkScoringJob {

    /** Seed used when none is given. */
    public static final long DEFAULT_SEED = 1;

    private final GraphStore store;
    private final int threads;
    private final BetweennessMethod method;

    public NetworkScoringJob(GraphStore store, int threads) {
        this(store, threads, BetweennessMethod.EXACT);
    }

    public NetworkScoringJob(GraphStore store, int threads, BetweennessMethod method) {
        this.store = store;
        this.threads = threads;
        this.method = method;
    }

    /** Runs the job with the default weights and crossing window. */
    public ScoringResult run(ProjectionFilter filter) {
        return run(filter, DEFAULT_SEED);
    }

    /** Runs the job with the default weights and crossing window and the given seed. */
    public ScoringResult run(ProjectionFilter filter, long seed) {
        PersonNetwork network = new PersonNetworkReader(store).read(filter);
        return score(filter, network, threads, method, seed);
    }

    /** Scores an already projected network. */
    public static ScoringResult score(ProjectionFilter filter, PersonNetwork network, int threads) {
        return score(filter, network, threads, BetweennessMethod.EXACT);
    }

    /** Scores an already projected network, with betweenness computed as {@code method} says. */
    public static ScoringResult score(ProjectionFilter filter, PersonNetwork network, int threads,
                                      BetweennessMethod method) {
        return score(filter, network, threads, method, DEFAULT_SEED);
    }

    /**
     * Scores an already projected network; {@code seed} drives the randomised parts (community
     * detection, and sampled betweenness when {@code method} asks for it).
     */
    public static ScoringResult score(ProjectionFilter filter, PersonNetwork network, int threads,
                                      BetweennessMethod method, long seed) {
        return score(filter, network, IndexedGraph.of(network.graph()), threads, method, seed, filter.describe());
    }

    /** Scores a network whose CSR view is already built ({@code indexed} must be the view of {@code network}). */
    static ScoringResult score(ProjectionFilter filter, PersonNetwork network, IndexedGraph<String> indexed,
                               int threads, BetweennessMethod method, long seed, String evidence) {
        NetworkScores<String> scores = new NetworkScoring<>(indexed, PathLength.INVERSE_WEIGHT, threads, method).scores();
        Communities communities = CommunityAlgorithm.LEIDEN.run(network.graph(), indexed, 1.0, seed);
        return new ScoringResult(filter, network, scores, new TargetRanking(network, scores).targets(), communities,
                evidence);
    }

    /** The default thread count: the machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
