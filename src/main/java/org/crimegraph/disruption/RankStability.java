package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crimegraph.analysis.BrandesBetweenness;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.graph.PathLength;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * How far to trust a ranking when the data are incomplete: the links are perturbed many times (a
 * share dropped at random, and/or every link failing a test such as "its weakest report is graded at
 * least 2B"), the vertices re-scored, and for each of the original top-k the share of repeats in which it
 * stays in the top-k is reported, with Kendall's τ-b between the original and perturbed scores.
 * Follows the robustness-of-centrality studies of S. P. Borgatti, K. M. Carley and D. Krackhardt, "On
 * the robustness of centrality measures under conditions of imperfect data", Social Networks
 * 28(2):124–136, 2006. All vertices are kept in every repeat; only links go.
 *
 * <p>Contract: {@link #run(double, LinkFilter, String, int, long, int, Monitor)} reports progress in
 * perturbed repeats ({@value #TASK}) and checks cancellation before each and inside the scorer (the
 * scorer is handed the monitor's termination).
 *
 * @param <V> vertex type
 */
public final class RankStability<V extends Comparable<V>> {

    /** The task name progress is reported under. */
    public static final String TASK = "rank stability";

    /** Scores every vertex of a (perturbed) graph; the graph has the original's vertices, so the same indices. */
    public interface Scorer<V extends Comparable<V>> {

        /**
         * @param monitor cancellation to honour (its progress is the caller's; a scorer reports none)
         */
        double[] score(IndexedGraph<V> graph, Monitor monitor);
    }

    /** Decides whether a link survives the deterministic filter. */
    public interface LinkFilter<V> {
        boolean keep(V a, V b);
    }

    /** Normalised betweenness with the given path length. */
    public static <V extends Comparable<V>> Scorer<V> betweenness(PathLength pathLength, int threads) {
        return (g, monitor) -> new BrandesBetweenness<>(g, BrandesBetweenness.Parameters.of(pathLength, threads))
                .compute(monitor).betweenness().normalisedValues();
    }

    private final IndexedGraph<V> graph;
    private final Scorer<V> scorer;

    public RankStability(IndexedGraph<V> graph, Scorer<V> scorer) {
        this.graph = graph;
        this.scorer = scorer;
    }

    /** {@link #run(double, LinkFilter, String, int, long, int, Monitor)} without progress or cancellation. */
    public StabilityResult<V> run(double dropShare, LinkFilter<V> filter, String filterName, int repeats, long seed, int k) {
        return run(dropShare, filter, filterName, repeats, seed, k, Monitor.NONE);
    }

    /**
     * @param dropShare share of the (filtered) links dropped at random in each repeat, in [0, 1)
     * @param filter    links failing it are dropped in every repeat (null: keep all)
     * @param filterName how to describe the filter, e.g. "links graded below 2B"
     * @param repeats   number of seeded repeats (1 is used if nothing is random)
     * @param seed      repeat r uses {@code new Random(seed + r)}
     * @param k         size of the top
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is
     *                                                               cancelled meanwhile
     */
    public StabilityResult<V> run(double dropShare, LinkFilter<V> filter, String filterName, int repeats, long seed,
                                  int k, Monitor monitor) {
        if (!(dropShare >= 0 && dropShare < 1) || repeats < 1 || k < 1) {
            throw new IllegalArgumentException("drop share must be in [0, 1), runs and k at least 1");
        }
        int n = graph.vertexCount();
        Monitor scoring = monitor.cancellationOnly();
        double[] base = scorer.score(graph, scoring);
        int[] top = Ranking.top(base, Math.min(k, n));
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int s = graph.start(i); s < graph.end(i); s++) {
                int j = graph.neighbour(s);
                if (j > i && (filter == null || filter.keep(graph.vertex(i), graph.vertex(j)))) {
                    links.add(new int[] {i, j, s});
                }
            }
        }
        int repeatCount = dropShare == 0 ? 1 : repeats;
        int drop = (int) Math.round(dropShare * links.size());
        int[] stayed = new int[top.length];
        double tauSum = 0;
        double tauMin = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeatCount; r++) {
            monitor.progress(TASK, r, repeatCount);
            monitor.check();
            List<int[]> kept = new ArrayList<>(links);
            Random random = new Random(seed + r);
            for (int d = 0; d < drop; d++) {
                int pick = random.nextInt(kept.size());
                kept.set(pick, kept.get(kept.size() - 1));
                kept.remove(kept.size() - 1);
            }
            double[] scores = scorer.score(build(kept), scoring);
            boolean[] inTop = new boolean[n];
            for (int v : Ranking.top(scores, top.length)) {
                inTop[v] = true;
            }
            for (int t = 0; t < top.length; t++) {
                if (inTop[top[t]]) {
                    stayed[t]++;
                }
            }
            double tau = KendallTau.tauB(base, scores);
            tauSum += tau;
            tauMin = Math.min(tauMin, tau);
        }
        monitor.progress(TASK, repeatCount, repeatCount);
        List<V> topIds = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int t = 0; t < top.length; t++) {
            topIds.add(graph.vertex(top[t]));
            shares.add((double) stayed[t] / repeatCount);
        }
        List<String> parts = new ArrayList<>();
        if (filter != null) {
            parts.add("drop " + filterName);
        }
        if (dropShare > 0) {
            parts.add(String.format(Locale.ROOT, "drop %.0f%% of %slinks at random (%d of %d)", dropShare * 100,
                    filter != null ? "the remaining " : "", drop, links.size()));
        }
        String perturbation = parts.isEmpty() ? "no perturbation" : String.join(", then ", parts);
        return new StabilityResult<>(perturbation, repeatCount, topIds, shares, tauSum / repeatCount, tauMin);
    }

    private IndexedGraph<V> build(List<int[]> kept) {
        Graph<V, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < graph.vertexCount(); i++) {
            g.addVertex(graph.vertex(i));
        }
        for (int[] link : kept) {
            g.setEdgeWeight(g.addEdge(graph.vertex(link[0]), graph.vertex(link[1])), graph.weight(link[2]));
        }
        return IndexedGraph.of(g);
    }
}
