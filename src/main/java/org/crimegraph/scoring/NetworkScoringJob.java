package org.crimegraph.scoring;

import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.PathMeasures;
import org.crimegraph.graph.PathLength;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.StepSeconds;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Scores the network held in a store: projects the person network under a filter, computes the
 * measures and ranks the targets. The store is read once; the analysis is pure, reports progress and
 * stops when the monitor's termination is cancelled ({@link org.crimegraph.analysis.ComputationCancelledException}).
 */
public final class NetworkScoringJob {

    /** Seed used when none is given. */
    public static final long DEFAULT_SEED = 1;

    /**
     * How the network is scored.
     *
     * @param threads     worker threads for the path measures (at least 1)
     * @param betweenness exact, sampled, or chosen by a time budget
     * @param seed        drives the randomised parts (community detection, sampled betweenness)
     * @param pathLength  how betweenness, closeness and harmonic measure path length
     */
    public record Parameters(int threads, BetweennessMethod betweenness, long seed, PathLength pathLength) {

        public Parameters {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (betweenness == null || pathLength == null) {
                throw new IllegalArgumentException("betweenness and pathLength are required");
            }
        }

        /** Path lengths 1/weight (the default for store data and edge lists). */
        public Parameters(int threads, BetweennessMethod betweenness, long seed) {
            this(threads, betweenness, seed, PathLength.INVERSE_WEIGHT);
        }

        /** Exact betweenness and {@link #DEFAULT_SEED}. */
        public static Parameters defaults(int threads) {
            return new Parameters(threads, BetweennessMethod.EXACT, DEFAULT_SEED);
        }
    }

    private final GraphStore store;
    private final Parameters parameters;
    private final PathMeasures searches;

    public NetworkScoringJob(GraphStore store, Parameters parameters) {
        this(store, parameters, PathMeasures.LOCAL);
    }

    /** @param searches where the shortest-path searches run (the crimegraph-spark job: on Spark executors) */
    public NetworkScoringJob(GraphStore store, Parameters parameters, PathMeasures searches) {
        this.store = store;
        this.parameters = parameters;
        this.searches = searches;
    }

    /** Projects the network under {@code filter} and scores it. */
    public ScoringResult run(ProjectionFilter filter, Monitor monitor) {
        long start = System.nanoTime();
        PersonNetwork network = new PersonNetworkReader(store, monitor).read(filter);
        IndexedGraph<String> indexed = monitor.during("projection: indexing the person network",
                () -> IndexedGraph.of(network.graph()));
        return score(filter, network, indexed, parameters, searches, filter.describe(), monitor,
                StepSeconds.since(start, System.nanoTime()));
    }

    /** Scores an already projected network (projection seconds 0: it was read elsewhere). */
    public static ScoringResult score(ProjectionFilter filter, PersonNetwork network, Parameters parameters,
                                      Monitor monitor) {
        return score(filter, network, IndexedGraph.of(network.graph()), parameters, PathMeasures.LOCAL,
                filter.describe(), monitor, 0.0);
    }

    /**
     * Scores a network whose CSR view is already built ({@code indexed} must be the view of {@code network}).
     *
     * @param projectionSeconds how long reading the network took, for {@link ScoringResult#steps()}
     */
    static ScoringResult score(ProjectionFilter filter, PersonNetwork network, IndexedGraph<String> indexed,
                               Parameters parameters, String evidence, Monitor monitor, double projectionSeconds) {
        return score(filter, network, indexed, parameters, PathMeasures.LOCAL, evidence, monitor, projectionSeconds);
    }

    private static ScoringResult score(ProjectionFilter filter, PersonNetwork network, IndexedGraph<String> indexed,
                                       Parameters parameters, PathMeasures searches, String evidence, Monitor monitor,
                                       double projectionSeconds) {
        long start = System.nanoTime();
        NetworkScores<String> scores = new NetworkScoring<>(indexed, new NetworkScoring.Parameters(
                parameters.pathLength(), parameters.threads(), parameters.betweenness()), searches).compute(monitor);
        Communities communities = CommunityAlgorithm.LEIDEN.run(network.graph(), indexed, 1.0, parameters.seed(),
                monitor);
        var targets = monitor.during("target ranking", () -> new TargetRanking(network, scores).targets());
        return new ScoringResult(filter, network, scores, targets, communities, evidence,
                new StepSeconds(projectionSeconds, StepSeconds.since(start, System.nanoTime()), null));
    }

    /** The default thread count: the machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
