package org.crimegraph.scoring;

import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Scores the network held in a store: projects the person network under a filter, computes the
 * measures and ranks the targets. The store is read once; the analysis is pure.
 */
public final class NetworkScoringJob {

    private final GraphStore store;
    private final int threads;

    public NetworkScoringJob(GraphStore store, int threads) {
        this.store = store;
        this.threads = threads;
    }

    /** Runs the job with the default weights and crossing window. */
    public ScoringResult run(ProjectionFilter filter) {
        PersonNetworkProjection projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        PersonNetwork network = new PersonNetworkReader(store).read(projection, PersonNetworkReader.DEFAULT_CROSSING_WINDOW);
        return score(filter, network, threads);
    }

    /** Scores an already projected network. */
    public static ScoringResult score(ProjectionFilter filter, PersonNetwork network, int threads) {
        NetworkScores<String> scores = new NetworkScoring<>(network.graph(), threads).scores();
        return new ScoringResult(filter, network, scores, new TargetRanking(network, scores).targets());
    }

    /** The default thread count: the machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
