package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.NetworkScores;

/**
 * The whole disruption question on one network — "whom do we remove to break it, and what happens
 * next?": finds the KPP-Neg key-player set ({@link KeyPlayerSearch}), explains each member
 * ({@link TargetReasons}), runs the removal simulations of the chosen strategies
 * ({@link RemovalSimulation}, the key-player set among them) and, if asked, lets the network recover
 * from the set's removal ({@link Recovery}). Works on any {@link IndexedGraph}: a projected person
 * network or an edge list.
 *
 * <p>Contract: {@link #run(Monitor)} passes the monitor to each part, which reports its own task
 * ({@link KeyPlayerSearch#TASK}, {@link RemovalSimulation#task}, {@link Recovery#TASK}); cancellation
 * stops whichever part is running.
 *
 * @param <V> vertex type
 */
public final class DisruptionAnalysis<V extends Comparable<V>> {

    /**
     * @param k          size of the key-player set
     * @param measure    {@link KeyPlayerMeasure#F} or {@link KeyPlayerMeasure#DF}
     * @param strategies strategies to simulate (empty for none)
     * @param steps      removals per simulated curve
     * @param recovery   recovery rule, or null for none
     * @param seed       seed for restarts, the random baseline and recovery
     * @param randomRepeats seeded repeats averaged for the random baseline
     * @param restarts   key-player search restarts
     * @param threads    worker threads
     */
    public record Parameters(int k, KeyPlayerMeasure measure, List<RemovalStrategy> strategies, int steps,
                           RecoveryRule recovery, long seed, int randomRepeats, int restarts, int threads) {
        public Parameters {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1: " + k);
            }
            if (!measure.removal()) {
                throw new IllegalArgumentException("disruption needs a removal measure (F or DF), not " + measure);
            }
            if (steps < 1) {
                throw new IllegalArgumentException("steps must be at least 1: " + steps);
            }
            strategies = List.copyOf(strategies);
        }
    }

    private final IndexedGraph<V> graph;
    private final NetworkScores<V> scores;
    private final int[] community;
    private final Parameters parameters;

    /**
     * @param graph     the network
     * @param scores    its scores (same vertex order), for ranks and articulation points
     * @param community community id per vertex index, or null (then no "bridges communities" reason and
     *                  no within-community recovery)
     * @param parameters  what to run
     */
    public DisruptionAnalysis(IndexedGraph<V> graph, NetworkScores<V> scores, int[] community, Parameters parameters) {
        this.graph = graph;
        this.scores = scores;
        this.community = community;
        this.parameters = parameters;
    }

    /** {@link #run(Monitor)} without progress or cancellation. */
    public DisruptionResult<V> run() {
        return run(Monitor.NONE);
    }

    /**
     * Runs every part.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is
     *                                                               cancelled meanwhile
     */
    public DisruptionResult<V> run(Monitor monitor) {
        KeyPlayerSet<V> set = new KeyPlayerSearch<>(graph, parameters.measure(), KeyPlayerSearch.Parameters.DEFAULTS
                .withRestarts(parameters.restarts()).withSeed(parameters.seed()).withThreads(parameters.threads()))
                .find(parameters.k(), monitor);
        RemainderAnalysis<V> analysis = new RemainderAnalysis<>(graph, parameters.threads(), monitor.termination());
        boolean[] removed = new boolean[graph.vertexCount()];
        for (V v : set.members()) {
            removed[graph.indexOf(v)] = true;
        }
        RemainderMeasures before = analysis.measure();
        RemainderMeasures after = analysis.measure(removed);
        List<ExplainedTarget<V>> targets = new TargetReasons<>(graph, scores, community, parameters.threads()).explain(set);
        RemovalSimulation<V> simulation = new RemovalSimulation<>(graph, new RemovalSimulation.Parameters(parameters.steps(),
                parameters.randomRepeats(), parameters.seed(), CollectiveInfluence.DEFAULT_RADIUS,
                RemovalSimulation.Parameters.DEFAULTS.pathLength(), parameters.threads()));
        List<RemovalCurve<V>> curves = new ArrayList<>();
        for (RemovalStrategy strategy : parameters.strategies()) {
            curves.add(simulation.run(strategy, set.members(), monitor));
        }
        RecoveryResult<V> recovery = parameters.recovery() == null ? null
                : new Recovery<>(graph, community, parameters.threads()).run(set.members(), parameters.recovery(), parameters.seed(), monitor);
        return new DisruptionResult<>(set, before, after, targets, curves, recovery);
    }
}
