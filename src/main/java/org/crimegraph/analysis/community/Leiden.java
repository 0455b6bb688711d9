package org.crimegraph.analysis.community;

import org.crimegraph.analysis.ConnectedComponents;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.analysis.Termination;

/**
 * Leiden community detection: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Scientific Reports 9, 5233 (2019), optimising modularity
 * with resolution γ.
 *
 * <p>Three phases per level, as in the paper's Algorithm A.2:
 * <ol>
 *   <li><b>fast local moving</b>: a queue of nodes (seeded random initial order); a node moves to the
 *       neighbouring or an empty community with the largest gain (equal gains: a seeded random choice,
 *       staying included), and after an improving move its neighbours outside the new community are
 *       queued again;</li>
 *   <li><b>refinement</b>: inside each community, start from singletons and merge each still-single,
 *       well-connected node into a well-connected sub-community of the same community, chosen at random
 *       with probability ∝ exp(ΔH/θ) among non-negative gains (θ = 0.01, gains in edge-weight units, as
 *       igraph's {@code beta}); a node only joins a sub-community it has an edge to, so every refined
 *       community is connected;</li>
 *   <li><b>aggregation</b> on the refined partition, the unrefined one giving the starting partition of
 *       the next level.</li>
 * </ol>
 * A pass stops when local moving leaves every node in a community of its own; passes repeat from the
 * previous partition until two in a row raise modularity by less than 1e-4 (igraph's
 * {@code n_iterations=-1} stops after one without gain; a second lets ties moved in one pass pay off
 * in the next). Every community is
 * connected (a last check splits any disconnected community into its components, which can only
 * raise modularity; it never fires on a finished run, and is there so the guarantee holds even if the
 * level cap is hit).
 *
 * <p>Deterministic: the same graph, γ and seed give the same partition.
 *
 * @param <V> vertex type
 */
public final class Leiden<V extends Comparable<V>> extends ModularityOptimiser<V> {

    /** Name used in results and on the command line. */
    public static final String NAME = "leiden";
    /** The task name progress is reported under. */
    public static final String TASK = "communities (Leiden)";

    /** Randomness of the refinement (the paper's θ, igraph's beta). */
    static final double THETA = 0.01;

    private static final int MAX_LEVELS = 100;

    /** Most Leiden passes per run. */
    static final int MAX_PASSES = 20;

    /**
     * Passes in a row without a gain before stopping. Two, not one: a pass can move nodes between
     * equally good communities, which lets the next pass find a gain the first could not see.
     */
    static final int IDLE_PASSES = 2;

    /**
     * A pass raising modularity by less than this counts as idle. On large graphs passes after the
     * first few keep finding gains of 1e-5 or so each; 1e-4 ends the run there (measured on the
     * 100k-node benchmark graph: 7 passes instead of 20, modularity 0.7005 instead of 0.7008).
     */
    static final double MIN_PASS_GAIN = 1e-4;

    public Leiden(IndexedGraph<V> graph, Parameters parameters) {
        super(graph, parameters);
    }

    public Leiden(IndexedGraph<V> graph, double resolution, long seed) {
        this(graph, new Parameters(resolution, seed));
    }

    /**
     * Runs the algorithm: Leiden passes, each starting from the previous pass's partition (the first
     * from singletons), until {@value #IDLE_PASSES} passes in a row raise modularity by less than
     * {@value #MIN_PASS_GAIN} (igraph's {@code n_iterations=-1} stops after one pass without gain) or
     * {@value #MAX_PASSES} passes have run. A pass never lowers modularity; the best partition is kept.
     * Progress is in passes, out of {@value #MAX_PASSES}; cancellation is checked once per level of every pass.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    @Override
    public Communities communities(Monitor monitor) {
        int n0 = graph.vertexCount();
        WorkGraph base = WorkGraph.of(graph);
        SplittableRandom random = new SplittableRandom(parameters.seed());
        int[] membership = WorkGraph.identity(n0);
        if (base.twiceTotal > 0) {
            double quality = Modularity.of(graph, membership, n0, parameters.resolution());
            int idle = 0;
            for (int pass = 0; pass < MAX_PASSES && idle < IDLE_PASSES; pass++) {
                monitor.progress(TASK, pass, MAX_PASSES, "passes");
                int[] next = pass(base, membership, random, monitor.termination());
                int count = WorkGraph.compact(next, n0);
                double nextQuality = Modularity.of(graph, next, count, parameters.resolution());
                if (nextQuality - quality >= MIN_PASS_GAIN) {
                    idle = 0;
                } else {
                    idle++;
                }
                if (nextQuality >= quality) {
                    membership = next;
                    quality = Math.max(quality, nextQuality);
                }
            }
        }
        monitor.progress(TASK, MAX_PASSES, MAX_PASSES, "passes");
        return result(NAME, membership);
    }

    /** One Leiden pass from a starting partition; returns connected communities. */
    private int[] pass(WorkGraph base, int[] start, SplittableRandom random, Termination termination) {
        int n0 = base.n;
        int[] vertexNode = WorkGraph.identity(n0);
        WorkGraph g = base;
        int[] part = start.clone();
        WorkGraph.compact(part, n0);
        for (int level = 0; level < MAX_LEVELS; level++) {
            termination.check();
            moveNodesFast(g, part, parameters.resolution(), random);
            int parts = WorkGraph.compact(part, g.n);
            if (parts == g.n) {
                break;
            }
            int[] refined = refine(g, part, parts, parameters.resolution(), random);
            int refinedCount = WorkGraph.compact(refined, g.n);
            if (refinedCount == g.n) {
                break; // nothing to aggregate: the partition is a local optimum
            }
            int[] nextPart = new int[refinedCount];
            for (int i = 0; i < g.n; i++) {
                nextPart[refined[i]] = part[i];
            }
            for (int v = 0; v < n0; v++) {
                vertexNode[v] = refined[vertexNode[v]];
            }
            g = g.aggregate(refined, refinedCount);
            part = nextPart;
        }
        int[] membership = new int[n0];
        for (int v = 0; v < n0; v++) {
            membership[v] = part[vertexNode[v]];
        }
        return splitDisconnected(graph, membership);
    }

    /** Fast local moving (queue-based) from the given partition; ids in part stay below g.n. */
    static void moveNodesFast(WorkGraph g, int[] part, double resolution, SplittableRandom random) {
        int n = g.n;
        double[] total = new double[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            total[part[i]] += g.strength[i];
            size[part[i]]++;
        }
        int[] empty = new int[n];
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (size[c] == 0) {
                empty[emptyCount++] = c;
            }
        }
        NeighbourCommunities neighbours = new NeighbourCommunities(g, resolution);
        RandomTies ties = new RandomTies(random);
        int[] queue = Shuffle.permutation(n, random);
        boolean[] queued = new boolean[n];
        Arrays.fill(queued, true);
        int head = 0;
        int pending = n;
        while (pending > 0) {
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            queued[v] = false;
            int own = part[v];
            double k = g.strength[v];
            neighbours.gather(v, part);
            total[own] -= k;
            size[own]--;
            int best = neighbours.best(v, own, k, total, ties);
            double bestGain = neighbours.bestGain();
            double margin = neighbours.margin();
            boolean toEmpty = false;
            if (size[own] > 0 && 0 > bestGain + margin) {
                best = empty[emptyCount - 1];
                bestGain = 0;
                toEmpty = true;
            }
            neighbours.clear();
            total[best] += k;
            size[best]++;
            if (best == own) {
                continue;
            }
            if (toEmpty) {
                emptyCount--;
            }
            if (size[own] == 0) {
                empty[emptyCount++] = own;
            }
            part[v] = best;
            if (bestGain <= neighbours.ownGain() + margin) {
                continue; // a move between equally good communities wakes no neighbour: the queue drains
            }
            for (int e = g.offsets[v], end = g.offsets[v + 1]; e < end; e++) {
                int u = g.targets[e];
                if (!queued[u] && part[u] != best) {
                    queued[u] = true;
                    int tail = head + pending;
                    queue[tail >= n ? tail - n : tail] = u;
                    pending++;
                }
            }
        }
    }

    /**
     * Refinement: within each community of {@code part}, merges singletons into well-connected
     * sub-communities. Returns the refined membership (ids are node ids, not compact).
     */
    static int[] refine(WorkGraph g, int[] part, int parts, double resolution, SplittableRandom random) {
        int n = g.n;
        double perTwiceM = resolution / g.twiceTotal;
        double[] partTotal = new double[parts];
        for (int i = 0; i < n; i++) {
            partTotal[part[i]] += g.strength[i];
        }
        int[] refined = new int[n];
        double[] refinedTotal = new double[n];
        double[] refinedExternal = new double[n]; // weight from the sub-community to the rest of its community
        int[] refinedSize = new int[n];
        for (int i = 0; i < n; i++) {
            refined[i] = i;
            refinedTotal[i] = g.strength[i];
            refinedSize[i] = 1;
            double inside = 0;
            for (int e = g.offsets[i], end = g.offsets[i + 1]; e < end; e++) {
                if (part[g.targets[e]] == part[i]) {
                    inside += g.weights[e];
                }
            }
            refinedExternal[i] = inside;
        }
        NeighbourCommunities neighbours = new NeighbourCommunities(g, resolution);
        int[] candidate = new int[n];
        double[] gains = new double[n];
        int[] order = Shuffle.permutation(n, random);
        for (int o = 0; o < n; o++) {
            int v = order[o];
            if (refinedSize[refined[v]] != 1) {
                continue;
            }
            int p = part[v];
            double k = g.strength[v];
            double communityTotal = partTotal[p];
            if (refinedExternal[v] < perTwiceM * k * (communityTotal - k)) {
                continue; // v is not well connected to its community
            }
            neighbours.gather(v, refined, part, p);
            // candidates: own singleton (gain 0) and well-connected neighbouring sub-communities with gain >= 0
            double maxGain = 0;
            int candidates = 0;
            for (int t = 0; t < neighbours.count(); t++) {
                int r = neighbours.community(t);
                double rt = refinedTotal[r];
                double gain = neighbours.weightTo(r, v) - perTwiceM * rt * k;
                boolean wellConnected = refinedExternal[r] >= perTwiceM * rt * (communityTotal - rt);
                if (gain >= 0 && wellConnected) {
                    candidate[candidates] = r;
                    gains[candidates] = gain;
                    candidates++;
                    maxGain = Math.max(maxGain, gain);
                }
            }
            int chosen = refined[v];
            if (candidates > 0) {
                double sum = Math.exp((0 - maxGain) / THETA);
                for (int t = 0; t < candidates; t++) {
                    gains[t] = Math.exp((gains[t] - maxGain) / THETA);
                    sum += gains[t];
                }
                double pick = random.nextDouble() * sum - Math.exp((0 - maxGain) / THETA);
                if (pick >= 0) {
                    chosen = candidate[candidates - 1];
                    for (int t = 0; t < candidates; t++) {
                        pick -= gains[t];
                        if (pick < 0) {
                            chosen = candidate[t];
                            break;
                        }
                    }
                }
            }
            double linksToChosen = neighbours.weightTo(chosen, v);
            neighbours.clear();
            if (chosen != refined[v]) {
                refinedSize[refined[v]] = 0;
                refined[v] = chosen;
                refinedSize[chosen]++;
                refinedTotal[chosen] += k;
                refinedExternal[chosen] += refinedExternal[v] - 2 * linksToChosen;
            }
        }
        return refined;
    }

    /** Splits every community that is not connected in the graph into its connected parts. */
    static int[] splitDisconnected(IndexedGraph<?> graph, int[] membership) {
        return ConnectedComponents.labels(graph, membership);
    }

    /** Equal gains in fast local moving: a uniform seeded choice among them, staying included (reservoir sampling). */
    private static final class RandomTies implements NeighbourCommunities.Ties {

        private final SplittableRandom random;
        private int ties;

        RandomTies(SplittableRandom random) {
            this.random = random;
        }

        @Override
        public void restart() {
            ties = 1;
        }

        @Override
        public boolean prefer(int candidate, int best) {
            return random.nextInt(++ties) == 0;
        }
    }
}
