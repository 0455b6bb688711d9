package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.VertexScore;

/**
 * Explains each member of a KPP-Neg key-player set: its marginal contribution to the set, what
 * removing it alone does (F and efficiency), its betweenness, PageRank and strength ranks, whether it
 * is an articulation point and whom it cuts off, and — given community memberships — which
 * communities its links bridge. Evidence (the reports behind its links) is added by the caller, who
 * holds the person network.
 *
 * @param <V> vertex type
 */
public final class TargetReasons<V extends Comparable<V>> {

    private final IndexedGraph<V> graph;
    private final NetworkScores<V> scores;
    private final int[] community;
    private final RemainderAnalysis<V> analysis;

    /**
     * @param graph     the network (indexed like {@code scores})
     * @param scores    its scores from {@code analysis.NetworkScoring}
     * @param community community id per vertex index, or null
     * @param threads   threads for efficiency
     */
    public TargetReasons(IndexedGraph<V> graph, NetworkScores<V> scores, int[] community, int threads) {
        if (scores.size() != graph.vertexCount()) {
            throw new IllegalArgumentException("scores do not belong to this graph");
        }
        this.graph = graph;
        this.scores = scores;
        this.community = community;
        this.analysis = new RemainderAnalysis<>(graph, threads);
    }

    /** The members of the set, in the set's order, with reasons. */
    public List<ExplainedTarget<V>> explain(KeyPlayerSet<V> set) {
        RemainderMeasures whole = analysis.measure();
        MeasureRank[] betweenness = ranks("betweenness", s -> s.normalisedBetweenness());
        MeasureRank[] pageRank = ranks("pagerank", VertexScore::pageRank);
        MeasureRank[] strength = ranks("strength", VertexScore::strength);
        List<ExplainedTarget<V>> result = new ArrayList<>();
        for (int m = 0; m < set.members().size(); m++) {
            V v = set.members().get(m);
            int i = graph.indexOf(v);
            VertexScore<V> s = scores.scores().get(i);
            boolean[] removed = new boolean[graph.vertexCount()];
            removed[i] = true;
            RemainderMeasures alone = analysis.measure(removed);
            List<Integer> bridged = communities(i);
            List<String> reasons = new ArrayList<>();
            String measure = set.measure() == KeyPlayerMeasure.F ? "fragmentation F" : "distance-weighted fragmentation DF";
            reasons.add(String.format(Locale.ROOT, "adds %s to the set's %s (%s with it, %s without it)",
                    number(set.contribution().get(m)), measure, number(set.score()),
                    number(set.score() - set.contribution().get(m))));
            reasons.add(String.format(Locale.ROOT,
                    "removed alone: efficiency %s → %s (%s), F %s → %s, largest group %d → %d",
                    number(whole.efficiency()), number(alone.efficiency()),
                    change(whole.efficiency(), alone.efficiency()), number(whole.fragmentation()),
                    number(alone.fragmentation()), whole.largestComponent(), alone.largestComponent()));
            if (s.articulationPoint()) {
                reasons.add(String.format(Locale.ROOT,
                        "articulation point: removal cuts off %d %s (%s) from the rest of its group of %d",
                        s.removal().cutOff(), s.removal().cutOff() == 1 ? "person" : "persons",
                        String.join(", ", cutOff(i)), s.removal().componentSize()));
            } else {
                reasons.add("not an articulation point: its group stays connected without it");
            }
            reasons.add(String.format(Locale.ROOT, "%s, %s, %s", describe(betweenness[i]), describe(pageRank[i]),
                    describe(strength[i])));
            if (bridged.size() > 1) {
                reasons.add("bridges communities " + bridged.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                        + " (its own first)");
            }
            result.add(new ExplainedTarget<>(v, set.contribution().get(m), alone, betweenness[i], pageRank[i],
                    strength[i], s.articulationPoint(), s.removal(), bridged, reasons));
        }
        return result;
    }

    /** Persons outside the largest piece left when {@code i} is removed (ids, natural order). */
    private List<String> cutOff(int i) {
        boolean[] removed = new boolean[graph.vertexCount()];
        removed[i] = true;
        // pieces of i's component after removal: search from each neighbour
        int[] label = new int[graph.vertexCount()];
        java.util.Arrays.fill(label, -1);
        List<List<Integer>> pieces = new ArrayList<>();
        for (int k = graph.start(i); k < graph.end(i); k++) {
            int root = graph.neighbour(k);
            if (label[root] >= 0) {
                continue;
            }
            List<Integer> piece = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            label[root] = pieces.size();
            queue.add(root);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                piece.add(v);
                for (int kk = graph.start(v); kk < graph.end(v); kk++) {
                    int w = graph.neighbour(kk);
                    if (w != i && label[w] < 0) {
                        label[w] = pieces.size();
                        queue.add(w);
                    }
                }
            }
            pieces.add(piece);
        }
        int largest = 0;
        for (int p = 1; p < pieces.size(); p++) {
            if (pieces.get(p).size() > pieces.get(largest).size()) {
                largest = p;
            }
        }
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            if (p != largest) {
                pieces.get(p).stream().sorted().forEach(v -> ids.add(String.valueOf(graph.vertex(v))));
            }
        }
        ids.sort(null);
        return ids;
    }

    private List<Integer> communities(int i) {
        if (community == null) {
            return List.of();
        }
        Set<Integer> seen = new LinkedHashSet<>();
        seen.add(community[i]);
        List<Integer> others = new ArrayList<>();
        for (int k = graph.start(i); k < graph.end(i); k++) {
            int c = community[graph.neighbour(k)];
            if (!seen.contains(c)) {
                seen.add(c);
                others.add(c);
            }
        }
        others.sort(null);
        List<Integer> result = new ArrayList<>();
        result.add(community[i]);
        result.addAll(others);
        return result;
    }

    private MeasureRank[] ranks(String name, ToDoubleFunction<VertexScore<V>> value) {
        List<VertexScore<V>> all = scores.scores();
        int n = all.size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = value.applyAsDouble(all.get(i));
        }
        MeasureRank[] ranks = new MeasureRank[n];
        for (int i = 0; i < n; i++) {
            int above = 0;
            int below = 0;
            int tied = 0;
            for (double x : values) {
                int c = Double.compare(x, values[i]);
                if (c > 0) {
                    above++;
                } else if (c < 0) {
                    below++;
                } else {
                    tied++;
                }
            }
            double percentile = n == 1 ? 1.0 : (below + (tied - 1) / 2.0) / (n - 1);
            ranks[i] = new MeasureRank(name, values[i], above + 1, n, percentile);
        }
        return ranks;
    }

    private static String describe(MeasureRank r) {
        return String.format(Locale.ROOT, "%s rank %d of %d (%s)", r.measure(), r.rank(), r.of(), number(r.value()));
    }

    private static String change(double before, double after) {
        if (before == 0) {
            return "no change";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (after - before) / before * 100);
    }

    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
