package org.crimegraph.analysis.community;

import java.util.SplittableRandom;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.Shuffle;

/**
 * Louvain community detection: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast
 * unfolding of communities in large networks", J. Stat. Mech. (2008) P10008.
 *
 * <p>Each level moves single nodes to the neighbouring community with the largest modularity gain
 * (equal gains: the smallest community id, staying included, as igraph does), sweeping all nodes in a seeded random
 * order until a sweep improves nothing; then the communities are collapsed into nodes and the next
 * level starts. It stops when a level improves nothing. Moves between equally good communities never
 * keep the sweeps going, so the run always ends. Modularity is
 * with resolution γ (as {@code networkx.community.louvain_communities(resolution=γ)} and igraph's
 * {@code community_multilevel(resolution=γ)}).
 *
 * <p>Deterministic: the same graph, γ and seed give the same partition. Communities found by Louvain
 * can be internally disconnected (Traag et al. 2019); use {@link Leiden} when that matters.
 *
 * @param <V> vertex type
 */
public final class Louvain<V extends Comparable<V>> extends ModularityOptimiser<V> {

    /** Name used in results and on the command line. */
    public static final String NAME = "louvain";
    /** The task name progress is reported under. */
    public static final String TASK = "communities (Louvain)";

    private static final int MAX_SWEEPS = 1000;

    public Louvain(IndexedGraph<V> graph, Parameters parameters) {
        super(graph, parameters);
    }

    public Louvain(IndexedGraph<V> graph, double resolution, long seed) {
        this(graph, new Parameters(resolution, seed));
    }

    /**
     * Runs the algorithm, checking cancellation and reporting progress once per level (levels are
     * not known in advance: progress is the level number out of at most the vertex count).
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    @Override
    public Communities communities(Monitor monitor) {
        int n0 = graph.vertexCount();
        int[] vertexNode = WorkGraph.identity(n0);
        WorkGraph g = WorkGraph.of(graph);
        SplittableRandom random = new SplittableRandom(parameters.seed());
        int level = 0;
        while (g.n > 0 && g.twiceTotal > 0) {
            monitor.check();
            monitor.progress(TASK, level++, n0);
            int[] community = WorkGraph.identity(g.n);
            boolean moved = moveNodes(g, community, parameters.resolution(), random);
            if (!moved) {
                break;
            }
            int count = WorkGraph.compact(community, g.n);
            for (int v = 0; v < n0; v++) {
                vertexNode[v] = community[vertexNode[v]];
            }
            g = g.aggregate(community, count);
        }
        monitor.progress(TASK, n0, n0);
        return result(NAME, vertexNode);
    }

    /**
     * One level's local moving phase: sweeps in one random order until no move improves modularity.
     *
     * @return true if any move improved modularity
     */
    static boolean moveNodes(WorkGraph g, int[] community, double resolution, SplittableRandom random) {
        int n = g.n;
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            total[community[i]] += g.strength[i];
        }
        NeighbourCommunities neighbours = new NeighbourCommunities(g, resolution);
        int[] order = Shuffle.permutation(n, random);
        boolean movedAny = false;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            int moves = 0;
            for (int o = 0; o < n; o++) {
                int v = order[o];
                int own = community[v];
                double k = g.strength[v];
                neighbours.gather(v, community);
                total[own] -= k;
                int best = neighbours.best(v, own, k, total, NeighbourCommunities.SMALLEST_ID);
                total[best] += k;
                if (best != own) {
                    community[v] = best;
                    if (neighbours.bestGain() > neighbours.ownGain() + neighbours.margin()) {
                        moves++;
                    }
                }
                neighbours.clear();
            }
            if (moves == 0) {
                break;
            }
            movedAny = true;
        }
        return movedAny;
    }
}
