package org.crimegraph.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;

/**
 * Consensus clustering (A. Lancichinetti and S. Fortunato, "Consensus clustering in complex networks",
 * Scientific Reports 2:336, 2012): one community detection run with {@code runs} seeds says which
 * memberships are stable, and a consensus partition replaces a single seed's answer.
 *
 * <p>Procedure, as in the paper with its sparse variant (only linked pairs are kept):
 * <ol>
 *   <li>run the algorithm {@code runs} times on the network, seeds {@code seed, seed+1, …};</li>
 *   <li>consensus graph: for every link {@code ij} of the network, the fraction {@code D_ij} of runs that put
 *       {@code i} and {@code j} in one community; entries below {@code threshold} are dropped;</li>
 *   <li>run the algorithm {@code runs} times on the consensus graph (weights {@code D_ij}) and repeat from
 *       step 2 on those partitions, until every run gives the same partition (the paper's stopping rule)
 *       or {@code maxRounds} rounds have run. The consensus partition is the last round's first run;
 *       its modularity is measured on the original network.</li>
 * </ol>
 *
 * <p>Stability of a person (computed on the first round, the runs on the network itself): the fraction
 * of (run, consensus co-member) pairs in which the person shared a community with the co-members of its
 * consensus community; 1 for a person alone in its community. A membership below
 * {@link #UNSTABLE_BELOW} is marked unstable: in most runs the person sat with others.
 * The community other than its own where the person most often sat is given with that share.
 *
 * <p>Cost: {@code runs × rounds} community detections plus O(runs · (n + m)) per round for the
 * consensus graph; memory O(runs · n + m).
 */
public final class ConsensusCommunities<V extends Comparable<V>> {

    /** A membership whose stability is below this is marked unstable. */
    public static final double UNSTABLE_BELOW = org.crimegraph.model.PersonResult.UNSTABLE_BELOW;
    /** The task name progress is reported under. */
    public static final String TASK = "communities (consensus)";

    /**
     * @param algorithm  the community detection algorithm run each time: Leiden or Louvain (label propagation
     *                   ignores weights, which the consensus graph consists of)
     * @param resolution modularity resolution
     * @param seed       first seed; run r uses {@code seed + r}
     * @param runs       runs per round, at least 2
     * @param threshold  consensus entries below it are dropped, in [0, 1) (the paper: 0.5 is a safe choice)
     * @param maxRounds  rounds on the consensus graph at the most, at least 1
     */
    public record Parameters(CommunityAlgorithm algorithm, double resolution, long seed, int runs, double threshold,
                             int maxRounds) {
        public Parameters {
            if (algorithm == null) {
                throw new IllegalArgumentException("algorithm is required");
            }
            if (algorithm == CommunityAlgorithm.LABEL_PROPAGATION) {
                throw new IllegalArgumentException("consensus needs leiden or louvain: label propagation ignores "
                        + "weights, and the consensus graph is its weights");
            }
            CommunityDetection.checkedResolution(resolution);
            if (runs < 2) {
                throw new IllegalArgumentException("consensus needs at least 2 runs, got " + runs);
            }
            if (!(threshold >= 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
            }
            if (maxRounds < 1) {
                throw new IllegalArgumentException("maxRounds must be at least 1, got " + maxRounds);
            }
        }

        /** {@code runs} runs of {@code algorithm}, threshold 0.5, at most 20 rounds. */
        public static Parameters of(CommunityAlgorithm algorithm, double resolution, long seed, int runs) {
            return new Parameters(algorithm, resolution, seed, runs, 0.5, 20);
        }
    }

    /**
     * How firmly each vertex sits in its consensus community, indexed like the graph.
     *
     * @param stability        share of (run, consensus co-member) pairs in which the vertex sat with its co-members
     * @param alternative      the other consensus community it most often sat with, or -1 if none
     * @param alternativeShare share of (run, member) pairs of that community it sat with (0 if none)
     */
    public record Membership(double[] stability, int[] alternative, double[] alternativeShare) {

        /** True if vertex {@code i}'s membership is below {@link #UNSTABLE_BELOW}. */
        public boolean unstable(int i) {
            return stability[i] < UNSTABLE_BELOW;
        }

        /** Number of vertices with an unstable membership. */
        public int unstableCount() {
            int count = 0;
            for (double s : stability) {
                count += s < UNSTABLE_BELOW ? 1 : 0;
            }
            return count;
        }
    }

    /**
     * @param partition  the consensus partition, modularity on the original network
     * @param membership how firmly each vertex sits in it
     * @param rounds     rounds run on the consensus graph (0: the runs on the network already agreed)
     * @param converged  true if the last round's runs all agreed
     * @param parameters how it was computed
     */
    public record Result(Communities partition, Membership membership, int rounds, boolean converged,
                         Parameters parameters) {
    }

    private final IndexedGraph<V> indexed;
    private final Parameters parameters;

    /** @param indexed the network, as its CSR view */
    public ConsensusCommunities(IndexedGraph<V> indexed, Parameters parameters) {
        this.indexed = indexed;
        this.parameters = parameters;
    }

    /**
     * Runs the procedure; progress is in detections done out of {@code runs × (maxRounds + 1)}.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is cancelled
     */
    public Result compute(Monitor monitor) {
        int runs = parameters.runs();
        long total = (long) runs * (parameters.maxRounds() + 1);
        int[][] first = detect(indexed, monitor, 0, total);
        int[][] current = first;
        int rounds = 0;
        boolean converged = allSame(current);
        while (!converged && rounds < parameters.maxRounds()) {
            IndexedGraph<V> consensus = consensusGraph(current);
            rounds++;
            current = detect(consensus, monitor, (long) rounds * runs, total);
            converged = allSame(current);
        }
        monitor.progress(TASK, total, total, "runs");
        Communities partition = Communities.of(parameters.algorithm().cliName() + "-consensus",
                parameters.resolution(), parameters.seed(), indexed, current[0]);
        return new Result(partition, membership(partition, first), rounds, converged, parameters);
    }

    private int[][] detect(IndexedGraph<V> on, Monitor monitor, long done, long total) {
        int[][] memberships = new int[parameters.runs()][];
        for (int r = 0; r < parameters.runs(); r++) {
            monitor.check();
            monitor.progress(TASK, done + r, total, "runs");
            memberships[r] = run(on, parameters.seed() + r);
        }
        return memberships;
    }

    /** One run; the consensus graph has the same vertices in the same natural order, so indices agree. */
    private int[] run(IndexedGraph<V> on, long seed) {
        double resolution = parameters.resolution();
        CommunityDetection detection = switch (parameters.algorithm()) {
            case LEIDEN -> new Leiden<>(on, resolution, seed);
            case LOUVAIN -> new Louvain<>(on, resolution, seed);
            case LABEL_PROPAGATION -> throw new IllegalStateException("checked by Parameters");
        };
        return detection.communities().membership();
    }

    private static boolean allSame(int[][] memberships) {
        for (int r = 1; r < memberships.length; r++) {
            if (!samePartition(memberships[0], memberships[r])) {
                return false;
            }
        }
        return true;
    }

    /** Same partition whatever the numbering (both are canonical from {@link Communities#of}, but say it anyway). */
    private static boolean samePartition(int[] a, int[] b) {
        int[] map = new int[a.length + 1];
        Arrays.fill(map, -1);
        int[] back = new int[b.length + 1];
        Arrays.fill(back, -1);
        for (int i = 0; i < a.length; i++) {
            if (map[a[i]] == -1 && back[b[i]] == -1) {
                map[a[i]] = b[i];
                back[b[i]] = a[i];
            } else if (map[a[i]] != b[i] || back[b[i]] != a[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sparse consensus graph: every link of the network with the share of runs that keep its ends together. */
    private IndexedGraph<V> consensusGraph(int[][] memberships) {
        int n = indexed.vertexCount();
        int[] sources = new int[indexed.edgeCount()];
        int[] targets = new int[indexed.edgeCount()];
        double[] weights = new double[indexed.edgeCount()];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int k = indexed.start(i); k < indexed.end(i); k++) {
                int j = indexed.neighbour(k);
                if (j <= i) {
                    continue;
                }
                int together = 0;
                for (int[] run : memberships) {
                    together += run[i] == run[j] ? 1 : 0;
                }
                double share = (double) together / memberships.length;
                if (share > 0 && share >= parameters.threshold()) {
                    sources[m] = i;
                    targets[m] = j;
                    weights[m++] = share;
                }
            }
        }
        return IndexedGraph.fromEdges(indexed.vertices(), sources, targets, weights, m);
    }

    /** How firmly each vertex of {@code partition} sits in it, over the given runs' memberships. */
    static Membership membership(Communities partition, int[][] runs) {
        int n = runs[0].length;
        // per run: run community -> (consensus community -> members of both)
        List<Map<Integer, Map<Integer, Integer>>> overlap = new ArrayList<>(runs.length);
        for (int[] run : runs) {
            Map<Integer, Map<Integer, Integer>> cells = new HashMap<>();
            for (int i = 0; i < n; i++) {
                cells.computeIfAbsent(run[i], x -> new TreeMap<>()).merge(partition.communityOf(i), 1, Integer::sum);
            }
            overlap.add(cells);
        }
        double[] stability = new double[n];
        int[] alternative = new int[n];
        double[] alternativeShare = new double[n];
        for (int i = 0; i < n; i++) {
            int own = partition.communityOf(i);
            Map<Integer, Long> sat = new TreeMap<>();
            for (int r = 0; r < runs.length; r++) {
                overlap.get(r).get(runs[r][i]).forEach((c, members) -> sat.merge(c, (long) members, Long::sum));
            }
            int others = partition.size(own) - 1;
            stability[i] = others == 0 ? 1 : (double) (sat.get(own) - runs.length) / ((long) others * runs.length);
            alternative[i] = -1;
            for (var e : sat.entrySet()) {
                double share = (double) e.getValue() / ((long) partition.size(e.getKey()) * runs.length);
                if (e.getKey() != own && share > alternativeShare[i]) {
                    alternativeShare[i] = share;
                    alternative[i] = e.getKey();
                }
            }
        }
        return new Membership(stability, alternative, alternativeShare);
    }
}
