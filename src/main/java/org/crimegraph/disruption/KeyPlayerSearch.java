package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.crimegraph.analysis.BrandesBetweenness;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.graph.PathLength;

/**
 * Finds a key-player set of size k (S. P. Borgatti, "Identifying sets of key players in a social
 * network", Computational and Mathematical Organization Theory 12:21–34, 2006): for KPP-Neg the set
 * whose removal leaves the most fragmented graph (F or DF, see {@link RemainderAnalysis}), for KPP-Pos
 * the set with the greatest reach ({@link SetReach}).
 *
 * <p>Search: restart 0 starts from the greedy set (add, k times, the vertex that improves the
 * measure most); restarts 1… start from seeded random sets. Each start is then improved by Borgatti's
 * swap procedure: over all pairs (member u, non-member v), make the swap that improves the measure
 * most, until no swap improves it by more than {@value #EPSILON}. The best set over all restarts wins
 * (ties: the earlier restart). Ties between candidates are broken by the smallest vertex index, i.e.
 * the smallest id, so the result is deterministic for a given seed.
 *
 * <p>Incremental evaluation, so that k = 10 on thousands of vertices takes seconds:
 * <ul>
 *   <li>F: one low-point depth-first search of {@code G − S} gives F of {@code G − S − v} for every
 *       candidate v at once ({@link CutVertexPieces}); a swap pass costs k searches instead of
 *       k(n − k) component searches;</li>
 *   <li>DF: each candidate's all-pairs distance count is made by bit-parallel breadth-first search,
 *       64 sources per machine word ({@link MultiSourceHops}), over the threads; exact integer counts,
 *       so the result is the same as one search per source. On large graphs DF candidates are
 *       restricted to a pool (a heuristic, like the swap search itself): the
 *       {@code pool} vertices of highest hop betweenness plus the {@code pool} of highest degree
 *       (all vertices when n ≤ {@value #SMALL_GRAPH}); the default pool is max(4k, 40);</li>
 *   <li>reach and m-reach: distances to the set are kept and a candidate is evaluated by a
 *       breadth-first search pruned where it stops improving them.</li>
 * </ul>
 * {@link Parameters#incremental()} false evaluates every candidate from scratch instead, with one
 * ordinary breadth-first search per source for DF (for the benchmark's speed-up; results are identical).
 *
 * @param <V> vertex type
 */
public final class KeyPlayerSearch<V extends Comparable<V>> {

    /** Improvement below which a swap is not made. */
    public static final double EPSILON = 1e-12;
    /** Graphs up to this size use every vertex as a DF candidate. */
    public static final int SMALL_GRAPH = 200;
    private static final int MAX_PASSES = 1000;

    /**
     * Search parameters.
     *
     * @param restarts    number of starts (1 = greedy only), at least 1
     * @param seed        seed of the random starts
     * @param m           hop limit of m-reach
     * @param pool        DF candidate pool size per criterion on large graphs (0 = default max(4k, 40))
     * @param incremental false to evaluate every candidate from scratch
     * @param threads     threads for the betweenness behind the DF pool
     */
    public record Parameters(int restarts, long seed, int m, int pool, boolean incremental, int threads) {
        /** 5 restarts, seed 1, m = 2, default pool, incremental, one thread. */
        public static final Parameters DEFAULTS = new Parameters(5, 1L, 2, 0, true, 1);

        public Parameters {
            if (restarts < 1 || m < 1 || pool < 0 || threads < 1) {
                throw new IllegalArgumentException("bad key-player parameters: " + restarts + " restarts, m=" + m
                        + ", pool " + pool + ", " + threads + " threads");
            }
        }

        public Parameters withSeed(long s) {
            return new Parameters(restarts, s, m, pool, incremental, threads);
        }

        public Parameters withRestarts(int r) {
            return new Parameters(r, seed, m, pool, incremental, threads);
        }

        public Parameters withIncremental(boolean inc) {
            return new Parameters(restarts, seed, m, pool, inc, threads);
        }

        public Parameters withThreads(int t) {
            return new Parameters(restarts, seed, m, pool, incremental, t);
        }

        public Parameters withM(int hops) {
            return new Parameters(restarts, seed, hops, pool, incremental, threads);
        }
    }

    private final IndexedGraph<V> graph;
    private final KeyPlayerMeasure measure;
    private final Parameters parameters;
    private long evaluations;
    private Monitor monitor = Monitor.NONE;

    public KeyPlayerSearch(IndexedGraph<V> graph, KeyPlayerMeasure measure, Parameters parameters) {
        this.graph = graph;
        this.measure = measure;
        this.parameters = parameters;
    }

    /** The task name progress is reported under (in restarts). */
    public static final String TASK = "key players";

    /** Finds the best set of {@code k} vertices (fewer if the graph is smaller), without progress or cancellation. */
    public KeyPlayerSet<V> find(int k) {
        return find(k, Monitor.NONE);
    }

    /**
     * Finds the best set of {@code k} vertices (fewer if the graph is smaller), reporting progress in
     * restarts and checking cancellation once per candidate set evaluated in full (each greedy step and
     * each member tried out in a swap pass).
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    public synchronized KeyPlayerSet<V> find(int k, Monitor monitor) {
        this.monitor = monitor;
        try {
            return search(k);
        } finally {
            this.monitor = Monitor.NONE;
        }
    }

    /** The task of the {@code r}th of {@code of} restarts, shown while it runs (a restart on a large network takes a while). */
    public static String restartTask(int r, int of) {
        return TASK + ": restart " + r + " of " + of;
    }

    private KeyPlayerSet<V> search(int k) {
        int n = graph.vertexCount();
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        k = Math.min(k, n);
        Objective objective = objective();
        double baseline = objective.scoreOf(new boolean[n]);
        if (k == 0) {
            return new KeyPlayerSet<>(measure, List.of(), baseline, baseline, List.of(), 0);
        }
        int[] pool = candidatePool(k);
        boolean[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < parameters.restarts(); r++) {
            monitor.progress(TASK, r, parameters.restarts(), "restarts");
            int restart = r;
            int size = k;
            boolean[] set = monitor.during(restartTask(r + 1, parameters.restarts()), () -> restart == 0
                    ? greedy(objective, pool, size) : randomSet(pool, size, new Random(parameters.seed() * 1_000_003L + restart)));
            double score = monitor.during(restartTask(r + 1, parameters.restarts()) + ": swaps",
                    () -> swap(objective, pool, set));
            if (score > bestScore + EPSILON) {
                bestScore = score;
                best = set;
            }
        }
        monitor.progress(TASK, parameters.restarts(), parameters.restarts(), "restarts");
        return describe(objective, best, bestScore, baseline);
    }

    private KeyPlayerSet<V> describe(Objective objective, boolean[] set, double score, double baseline) {
        List<Integer> members = new ArrayList<>();
        double[] contribution = new double[graph.vertexCount()];
        for (int u = 0; u < set.length; u++) {
            if (set[u]) {
                members.add(u);
                set[u] = false;
                contribution[u] = score - objective.scoreOf(set);
                set[u] = true;
            }
        }
        members.sort(Comparator.comparingDouble((Integer u) -> -contribution[u]).thenComparingInt(u -> u));
        return new KeyPlayerSet<>(measure, members.stream().map(graph::vertex).toList(), score, baseline,
                members.stream().map(u -> contribution[u]).toList(), evaluations);
    }

    private boolean[] greedy(Objective objective, int[] pool, int k) {
        boolean[] set = new boolean[graph.vertexCount()];
        for (int step = 0; step < k; step++) {
            monitor.check();
            objective.prepare(set);
            int pick = -1;
            double pickScore = Double.NEGATIVE_INFINITY;
            for (int v : pool) {
                if (set[v]) {
                    continue;
                }
                double s = objective.scoreWith(v);
                evaluations++;
                if (s > pickScore + EPSILON) {
                    pickScore = s;
                    pick = v;
                }
            }
            set[pick] = true;
        }
        return set;
    }

    private boolean[] randomSet(int[] pool, int k, Random random) {
        int[] shuffled = pool.clone();
        Shuffle.shuffle(shuffled, random);
        boolean[] set = new boolean[graph.vertexCount()];
        for (int i = 0; i < k; i++) {
            set[shuffled[i]] = true;
        }
        return set;
    }

    /** Borgatti's swap improvement, best swap per pass; returns the final score. */
    private double swap(Objective objective, int[] pool, boolean[] set) {
        double current = objective.scoreOf(set);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int bestOut = -1;
            int bestIn = -1;
            double bestScore = current + EPSILON;
            for (int u = 0; u < set.length; u++) {
                if (!set[u]) {
                    continue;
                }
                monitor.check();
                set[u] = false;
                objective.prepare(set);
                for (int v : pool) {
                    if (set[v] || v == u) {
                        continue;
                    }
                    double s = objective.scoreWith(v);
                    evaluations++;
                    if (s > bestScore) {
                        bestScore = s;
                        bestOut = u;
                        bestIn = v;
                    }
                }
                set[u] = true;
            }
            if (bestOut < 0) {
                return current;
            }
            set[bestOut] = false;
            set[bestIn] = true;
            current = bestScore;
        }
        return current;
    }

    private int[] candidatePool(int k) {
        int n = graph.vertexCount();
        if (measure != KeyPlayerMeasure.DF || n <= SMALL_GRAPH) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int size = parameters.pool() > 0 ? parameters.pool() : Math.max(4 * k, 40);
        if (size >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        double[] betweenness = new BrandesBetweenness<>(graph, BrandesBetweenness.Parameters.of(PathLength.HOPS,
                parameters.threads())).compute(monitor).betweenness().rawValues();
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            degree[i] = graph.degree(i);
        }
        boolean[] chosen = new boolean[n];
        for (int i : Ranking.top(betweenness, size)) {
            chosen[i] = true;
        }
        for (int i : Ranking.top(degree, size)) {
            chosen[i] = true;
        }
        int[] pool = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                pool[count++] = i;
            }
        }
        return Arrays.copyOf(pool, count);
    }

    private RemainderAnalysis<V> analysis;

    private RemainderAnalysis<V> analysis() {
        if (analysis == null) {
            analysis = new RemainderAnalysis<>(graph, parameters.threads());
        }
        return analysis;
    }

    private Objective objective() {
        return switch (measure) {
            case F -> parameters.incremental() ? new FragmentationObjective() : new NaiveObjective();
            case DF -> parameters.incremental() ? new DistanceFragmentationObjective() : new NaiveObjective();
            case REACH, M_REACH -> parameters.incremental() ? new ReachObjective() : new NaiveObjective();
        };
    }

    /** Scores a set (from scratch, {@link #direct}); evaluates "the prepared set plus one vertex". */
    private abstract class Objective {
        final double scoreOf(boolean[] set) {
            return direct(set);
        }

        abstract void prepare(boolean[] set);

        abstract double scoreWith(int v);
    }

    /** Measure of a set from scratch. */
    private double direct(boolean[] set) {
        return switch (measure) {
            case F -> {
                long pairs = 0;
                for (int s : RemainderAnalysis.componentSizes(graph, set)) {
                    pairs += (long) s * (s - 1);
                }
                yield RemainderAnalysis.fragmentation(pairs, RemainderAnalysis.remaining(set));
            }
            case DF -> parameters.incremental() ? 1.0 - analysis().efficiency(set)
                    : 1.0 - RemainderAnalysis.efficiencyOf(analysis().distanceHistogramOneSourceAtATime(set),
                    RemainderAnalysis.remaining(set));
            case REACH -> SetReach.weightedReachOf(SetReach.distancesFrom(graph, indices(set), -1)) / graph.vertexCount();
            case M_REACH -> {
                int count = 0;
                for (int d : SetReach.distancesFrom(graph, indices(set), -1)) {
                    if (d >= 0 && d <= parameters.m()) {
                        count++;
                    }
                }
                yield (double) count / graph.vertexCount();
            }
        };
    }

    private static int[] indices(boolean[] set) {
        int count = 0;
        for (boolean b : set) {
            if (b) {
                count++;
            }
        }
        int[] result = new int[count];
        int c = 0;
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                result[c++] = i;
            }
        }
        return result;
    }

    /** Every candidate evaluated from scratch. */
    private final class NaiveObjective extends Objective {
        private boolean[] prepared;

        @Override
        void prepare(boolean[] set) {
            prepared = set;
        }

        @Override
        double scoreWith(int v) {
            prepared[v] = true;
            try {
                return direct(prepared);
            } finally {
                prepared[v] = false;
            }
        }
    }

    private final class FragmentationObjective extends Objective {
        private CutVertexPieces pieces;

        @Override
        void prepare(boolean[] set) {
            pieces = new CutVertexPieces(graph, set);
        }

        @Override
        double scoreWith(int v) {
            return RemainderAnalysis.fragmentation(pieces.connectedPairsWithout(v), pieces.remaining() - 1);
        }
    }

    private final class DistanceFragmentationObjective extends Objective {
        private boolean[] prepared;

        @Override
        void prepare(boolean[] set) {
            prepared = set.clone();
        }

        @Override
        double scoreWith(int v) {
            return 1.0 - analysis().efficiencyWithout(prepared, v);
        }
    }

    /** Distances to the prepared set; a candidate adds a search pruned where it stops improving them. */
    private final class ReachObjective extends Objective {
        private int[] toSet;
        private double base;
        private int baseCount;
        private final int[] dist = new int[graph.vertexCount()];
        private final int[] queue = new int[graph.vertexCount()];

        ReachObjective() {
            Arrays.fill(dist, -1);
        }

        @Override
        void prepare(boolean[] set) {
            toSet = SetReach.distancesFrom(graph, indices(set), -1);
            base = SetReach.weightedReachOf(toSet);
            baseCount = 0;
            for (int d : toSet) {
                if (d >= 0 && d <= parameters.m()) {
                    baseCount++;
                }
            }
        }

        @Override
        double scoreWith(int v) {
            boolean counting = measure == KeyPlayerMeasure.M_REACH;
            int limit = counting ? parameters.m() : Integer.MAX_VALUE;
            double gain = 0;
            int gained = 0;
            int head = 0;
            int tail = 0;
            if (toSet[v] == 0) {
                return counting ? (double) baseCount / graph.vertexCount() : base / graph.vertexCount();
            }
            dist[v] = 0;
            queue[tail++] = v;
            while (head < tail) {
                int x = queue[head++];
                int old = toSet[x];
                if (counting) {
                    if (old < 0 || old > limit) {
                        gained++;
                    }
                } else {
                    gain += (dist[x] == 0 ? 1.0 : 1.0 / dist[x]) - (old < 0 ? 0.0 : old == 0 ? 1.0 : 1.0 / old);
                }
                int next = dist[x] + 1;
                if (next > limit) {
                    continue;
                }
                for (int k = graph.start(x), end = graph.end(x); k < end; k++) {
                    int w = graph.neighbour(k);
                    if (dist[w] < 0 && (toSet[w] < 0 || next < toSet[w])) {
                        dist[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
            for (int t = 0; t < tail; t++) {
                dist[queue[t]] = -1;
            }
            return counting ? (double) (baseCount + gained) / graph.vertexCount() : (base + gain) / graph.vertexCount();
        }
    }
}
