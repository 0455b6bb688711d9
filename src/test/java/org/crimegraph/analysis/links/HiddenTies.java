package org.crimegraph.analysis.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;

/**
 * The evaluation of docs/algorithms.md ("Suggested links"): hide a seeded share of a network's links, suggest
 * links on what remains, and measure how well the hidden ones come back: AUC of the hidden links against as
 * many uniformly drawn non-links, and precision at k of the top-k suggestions.
 *
 * @param train     the network without the hidden links (same vertices, same indices)
 * @param hidden    the hidden links, as encoded pairs i &lt; j
 * @param nonLinks  the drawn non-links of the whole network, as encoded pairs
 */
record HiddenTies(IndexedGraph<String> train, long[] hidden, long[] nonLinks) {

    /** What one evaluation measured. */
    record Measured(double auc, double adamicAdarAuc, double precisionAtK, int k, LinkPrediction.Result<String> result) {
    }

    static HiddenTies split(IndexedGraph<String> graph, double share, long seed) {
        int n = graph.vertexCount();
        List<long[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                if (i < graph.neighbour(k)) {
                    edges.add(new long[] {i, graph.neighbour(k)});
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = edges.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long[] t = edges.get(i);
            edges.set(i, edges.get(j));
            edges.set(j, t);
        }
        int hiddenCount = (int) Math.round(share * edges.size());
        long[] hidden = new long[hiddenCount];
        int[] s = new int[edges.size() - hiddenCount];
        int[] t = new int[s.length];
        double[] w = new double[s.length];
        for (int e = 0; e < edges.size(); e++) {
            int a = (int) edges.get(e)[0];
            int b = (int) edges.get(e)[1];
            if (e < hiddenCount) {
                hidden[e] = CandidatePairs.key(a, b);
            } else {
                s[e - hiddenCount] = a;
                t[e - hiddenCount] = b;
                w[e - hiddenCount] = 1;
            }
        }
        Set<Long> drawn = new HashSet<>();
        while (drawn.size() < hiddenCount) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && !graph.adjacent(a, b)) {
                drawn.add(CandidatePairs.key(Math.min(a, b), Math.max(a, b)));
            }
        }
        long[] nonLinks = drawn.stream().mapToLong(Long::longValue).sorted().toArray();
        return new HiddenTies(IndexedGraph.fromEdges(graph.vertices(), s, t, w, s.length), hidden, nonLinks);
    }

    /** Suggests links on {@link #train} and measures them; k = the number of hidden links. */
    Measured measure(LinkPrediction.Parameters parameters) {
        LinkPrediction.Result<String> result = new LinkPrediction<>(train, parameters).compute(Monitor.NONE);
        double[] positive = new double[hidden.length];
        double[] negative = new double[nonLinks.length];
        double[] positiveAa = new double[hidden.length];
        double[] negativeAa = new double[nonLinks.length];
        for (int p = 0; p < hidden.length; p++) {
            positive[p] = result.score(CandidatePairs.first(hidden[p]), CandidatePairs.second(hidden[p]));
            positiveAa[p] = result.scorer().features(CandidatePairs.first(hidden[p]),
                    CandidatePairs.second(hidden[p])).adamicAdar();
        }
        for (int q = 0; q < nonLinks.length; q++) {
            negative[q] = result.score(CandidatePairs.first(nonLinks[q]), CandidatePairs.second(nonLinks[q]));
            negativeAa[q] = result.scorer().features(CandidatePairs.first(nonLinks[q]),
                    CandidatePairs.second(nonLinks[q])).adamicAdar();
        }
        Set<Long> hiddenSet = new HashSet<>();
        for (long h : hidden) {
            hiddenSet.add(h);
        }
        int k = hidden.length;
        int hits = 0;
        for (int r = 0; r < Math.min(k, result.suggestions().size()); r++) {
            LinkSuggestion<String> s = result.suggestions().get(r);
            if (hiddenSet.contains(CandidatePairs.key(train.indexOf(s.source()), train.indexOf(s.target())))) {
                hits++;
            }
        }
        return new Measured(RankingQuality.auc(positive, negative), RankingQuality.auc(positiveAa, negativeAa),
                k == 0 ? Double.NaN : (double) hits / k, k, result);
    }
}
