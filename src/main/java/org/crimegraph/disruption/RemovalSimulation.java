package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crimegraph.analysis.BrandesBetweenness;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.graph.PathLength;
import org.crimegraph.analysis.WeightedPageRank;

/**
 * Removes vertices one at a time by a {@link RemovalStrategy} and records, after each removal, the
 * largest component (size and share of the initial one), the number of components, fragmentation F
 * and global efficiency ({@link RemainderAnalysis}).
 *
 * <p>Why: centrality rankings say who matters on the intact network; a removal curve says what
 * actually happens as targets are taken out, and comparing curves (against the random baseline)
 * shows which strategy breaks this network fastest. The adaptive betweenness strategy follows
 * P. Holme, B. J. Kim, C. N. Yoon and S. K. Han, "Attack vulnerability of complex networks",
 * Physical Review E 65:056109, 2002.
 *
 * <p>Ties: a strategy removes the highest-scored remaining vertex; scores within a relative 1e-9 are
 * tied and the smallest id wins ({@link Ranking}). Betweenness is raw Brandes betweenness with the
 * configured path length (default hops, matching NetworkX {@code betweenness_centrality(G)}).
 *
 * <p>Contract: {@link #run(RemovalStrategy, List, Monitor)} reports progress in removals under
 * {@link #task(RemovalStrategy)} (for the random baseline, removals of all seeded repeats) and checks
 * cancellation before every removal and inside its betweenness and efficiency passes.
 *
 * @param <V> vertex type
 */
public final class RemovalSimulation<V extends Comparable<V>> {

    /** The prefix of the task names progress is reported under. */
    public static final String TASK = "removal simulation";

    /**
     * Simulation parameters.
     *
     * @param steps      number of removals (capped at the number of vertices)
     * @param randomRepeats seeded repeats averaged for the random baseline
     * @param seed       seed of the first random repeat (repeat r uses seed + r)
     * @param radius     collective-influence ball radius ℓ
     * @param pathLength path length for betweenness
     * @param threads    threads for betweenness and efficiency
     */
    public record Parameters(int steps, int randomRepeats, long seed, int radius, PathLength pathLength, int threads) {
        /** 20 steps, 20 random repeats, seed 1, ℓ = 2, hops, one thread. */
        public static final Parameters DEFAULTS = new Parameters(20, 20, 1L, CollectiveInfluence.DEFAULT_RADIUS,
                PathLength.HOPS, 1);

        public Parameters {
            if (steps < 0 || randomRepeats < 1 || radius < 1 || threads < 1) {
                throw new IllegalArgumentException("bad simulation parameters");
            }
        }

        public Parameters withSteps(int s) {
            return new Parameters(s, randomRepeats, seed, radius, pathLength, threads);
        }

        public Parameters withSeed(long s) {
            return new Parameters(steps, randomRepeats, s, radius, pathLength, threads);
        }

        public Parameters withThreads(int t) {
            return new Parameters(steps, randomRepeats, seed, radius, pathLength, t);
        }

        public Parameters withRandomRepeats(int r) {
            return new Parameters(steps, r, seed, radius, pathLength, threads);
        }
    }

    private final IndexedGraph<V> graph;
    private final Parameters parameters;
    /** Measured when first needed, so that {@link #withoutEfficiency} also spares the whole graph's all-pairs pass. */
    private RemainderMeasures initial;
    private boolean measureEfficiency = true;

    public RemovalSimulation(IndexedGraph<V> graph, Parameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    /**
     * Skips efficiency (reported as NaN), the one all-pairs measure: for timing the removal order alone in
     * benchmarks, and for curves of the largest component on networks too large for all-pairs searches.
     */
    public RemovalSimulation<V> withoutEfficiency() {
        this.measureEfficiency = false;
        return this;
    }

    /** Measures of the whole graph (efficiency NaN {@link #withoutEfficiency without efficiency}). */
    public synchronized RemainderMeasures initial() {
        if (initial == null) {
            initial = measureEfficiency ? new RemainderAnalysis<>(graph, parameters.threads()).measure()
                    : RemainderAnalysis.components(graph, new boolean[graph.vertexCount()]);
        }
        return initial;
    }

    /** The task name progress on {@code strategy}'s curve is reported under. */
    public static String task(RemovalStrategy strategy) {
        return TASK + " (" + strategy.label() + ")";
    }

    /** Runs one strategy; {@link RemovalStrategy#KEY_PLAYERS} needs {@link #run(RemovalStrategy, List)}. */
    public RemovalCurve<V> run(RemovalStrategy strategy) {
        if (strategy == RemovalStrategy.KEY_PLAYERS) {
            throw new IllegalArgumentException("the key-player strategy needs the key-player set");
        }
        return run(strategy, List.of());
    }

    /** {@link #run(RemovalStrategy, List, Monitor)} without progress or cancellation. */
    public RemovalCurve<V> run(RemovalStrategy strategy, List<V> keyPlayers) {
        return run(strategy, keyPlayers, Monitor.NONE);
    }

    /**
     * Runs one strategy. For {@link RemovalStrategy#KEY_PLAYERS}, {@code keyPlayers} is the removal
     * order (the simulation stops when the set is exhausted); other strategies ignore it.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is
     *                                                               cancelled meanwhile
     */
    public RemovalCurve<V> run(RemovalStrategy strategy, List<V> keyPlayers, Monitor monitor) {
        int n = graph.vertexCount();
        int steps = Math.min(parameters.steps(), n);
        RemainderAnalysis<V> analysis = new RemainderAnalysis<>(graph, parameters.threads(), monitor.termination());
        if (strategy == RemovalStrategy.RANDOM) {
            return random(steps, analysis, monitor);
        }
        monitor.check();
        boolean[] removed = new boolean[n];
        int[] blockOrder = switch (strategy) {
            case DEGREE -> Ranking.top(degrees(), steps);
            case STRENGTH -> Ranking.top(strengths(), steps);
            case BETWEENNESS_BLOCK -> Ranking.top(betweenness(graph, monitor), steps);
            case PAGERANK -> Ranking.top(new WeightedPageRank<>(graph).scores(), steps);
            case KEY_PLAYERS -> keyPlayers.stream().limit(steps).mapToInt(graph::indexOf).toArray();
            default -> null;
        };
        return curve(strategy, blockOrder, steps, removed, analysis, monitor);
    }

    /**
     * Runs a block strategy (a fixed order from the start) with its scores given, indexed like the graph,
     * instead of computing them: for example the betweenness a saved run already holds, so that a report does
     * not recompute betweenness on a national network. Ties as in every block strategy (smallest id first).
     *
     * @throws IllegalArgumentException if the strategy is not a block strategy or the scores do not fit the graph
     */
    public RemovalCurve<V> runBlock(RemovalStrategy strategy, double[] scores, Monitor monitor) {
        if (strategy.mode().equals("sequential") || strategy == RemovalStrategy.RANDOM || strategy == RemovalStrategy.KEY_PLAYERS) {
            throw new IllegalArgumentException(strategy + " is not a block strategy by scores");
        }
        if (scores.length != graph.vertexCount()) {
            throw new IllegalArgumentException("one score per person: " + scores.length + " for " + graph.vertexCount());
        }
        int steps = Math.min(parameters.steps(), graph.vertexCount());
        RemainderAnalysis<V> analysis = new RemainderAnalysis<>(graph, parameters.threads(), monitor.termination());
        monitor.check();
        return curve(strategy, Ranking.top(scores, steps), steps, new boolean[graph.vertexCount()], analysis, monitor);
    }

    private RemovalCurve<V> curve(RemovalStrategy strategy, int[] blockOrder, int steps, boolean[] removed,
                                  RemainderAnalysis<V> analysis, Monitor monitor) {
        if (blockOrder != null) {
            steps = blockOrder.length;
        }
        String task = task(strategy);
        List<RemovalPoint<V>> result = new ArrayList<>(steps);
        for (int k = 1; k <= steps; k++) {
            monitor.progress(task, k - 1, steps, "removals");
            monitor.check();
            int v = blockOrder != null ? blockOrder[k - 1] : nextSequential(strategy, removed, monitor);
            removed[v] = true;
            result.add(point(k, graph.vertex(v), removed, analysis));
        }
        monitor.progress(task, steps, steps, "removals");
        return new RemovalCurve<>(strategy, initial(), result, 1);
    }

    /** The removal order a sequential strategy chooses: the best vertex on the current remainder. */
    int nextSequential(RemovalStrategy strategy, boolean[] removed) {
        return nextSequential(strategy, removed, Monitor.NONE);
    }

    private int nextSequential(RemovalStrategy strategy, boolean[] removed, Monitor monitor) {
        return switch (strategy) {
            case BETWEENNESS_SEQUENTIAL -> nextByBetweenness(removed, monitor);
            case COLLECTIVE_INFLUENCE -> Ranking.best(CollectiveInfluence.scores(graph, removed, parameters.radius()), removed);
            case ARTICULATION -> nextArticulation(removed);
            default -> throw new IllegalArgumentException(strategy + " is not sequential");
        };
    }

    /** Raw betweenness of {@code g}, cancellable, its progress not reported (it is part of one removal). */
    private double[] betweenness(IndexedGraph<V> g, Monitor monitor) {
        return new BrandesBetweenness<>(g, BrandesBetweenness.Parameters.of(parameters.pathLength(), parameters.threads()))
                .compute(monitor.cancellationOnly()).betweenness().rawValues();
    }

    private int nextByBetweenness(boolean[] removed, Monitor monitor) {
        IndexedGraph<V> rest = Subgraphs.remainder(graph, removed);
        double[] raw = betweenness(rest, monitor);
        double[] score = new double[graph.vertexCount()];
        for (int i = 0; i < rest.vertexCount(); i++) {
            score[graph.indexOf(rest.vertex(i))] = raw[i];
        }
        return Ranking.best(score, removed);
    }

    private int nextArticulation(boolean[] removed) {
        CutVertexPieces pieces = new CutVertexPieces(graph, removed);
        int pick = -1;
        for (int v = 0; v < removed.length; v++) {
            if (!removed[v] && pieces.piecesWithout(v) >= 2
                    && (pick < 0 || pieces.connectedPairsWithout(v) < pieces.connectedPairsWithout(pick))) {
                pick = v;
            }
        }
        if (pick >= 0) {
            return pick;
        }
        double[] degree = new double[removed.length];
        for (int v = 0; v < removed.length; v++) {
            for (int k = graph.start(v); k < graph.end(v); k++) {
                if (!removed[graph.neighbour(k)]) {
                    degree[v]++;
                }
            }
        }
        return Ranking.best(degree, removed);
    }

    private RemovalCurve<V> random(int steps, RemainderAnalysis<V> analysis, Monitor monitor) {
        int n = graph.vertexCount();
        double[][] sums = new double[steps][5];
        String task = task(RemovalStrategy.RANDOM);
        long total = (long) steps * parameters.randomRepeats();
        for (int r = 0; r < parameters.randomRepeats(); r++) {
            int[] order = Shuffle.permutation(n, new Random(parameters.seed() + r));
            boolean[] removed = new boolean[n];
            for (int k = 1; k <= steps; k++) {
                monitor.progress(task, (long) r * steps + k - 1, total, "removals");
                monitor.check();
                removed[order[k - 1]] = true;
                RemovalPoint<V> s = point(k, null, removed, analysis);
                sums[k - 1][0] += s.lcc();
                sums[k - 1][1] += s.lccFraction();
                sums[k - 1][2] += s.components();
                sums[k - 1][3] += s.fragmentation();
                sums[k - 1][4] += s.efficiency();
            }
        }
        monitor.progress(task, total, total, "removals");
        int runs = parameters.randomRepeats();
        List<RemovalPoint<V>> result = new ArrayList<>(steps);
        for (int k = 1; k <= steps; k++) {
            double[] s = sums[k - 1];
            result.add(new RemovalPoint<>(k, null, s[0] / runs, s[1] / runs, s[2] / runs, s[3] / runs, s[4] / runs));
        }
        return new RemovalCurve<>(RemovalStrategy.RANDOM, initial(), result, runs);
    }

    private RemovalPoint<V> point(int k, V removedVertex, boolean[] removed, RemainderAnalysis<V> analysis) {
        RemainderMeasures rest = RemainderAnalysis.components(graph, removed);
        double efficiency = measureEfficiency ? analysis.efficiency(removed) : Double.NaN;
        int initialLargest = initial().largestComponent();
        double fraction = initialLargest == 0 ? 0 : (double) rest.largestComponent() / initialLargest;
        return new RemovalPoint<>(k, removedVertex, rest.largestComponent(), fraction, rest.components(),
                rest.fragmentation(), efficiency);
    }

    private double[] degrees() {
        double[] d = new double[graph.vertexCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = graph.degree(i);
        }
        return d;
    }

    private double[] strengths() {
        double[] s = new double[graph.vertexCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = graph.strength(i);
        }
        return s;
    }
}
