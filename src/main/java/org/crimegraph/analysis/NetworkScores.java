package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-vertex scores of one network, computed by {@link NetworkScoring}, plus the network-wide
 * structure they were read from (components, bridges) and how path lengths were measured.
 *
 * @param pathLength     how path lengths were measured for betweenness
 * @param scores         one entry per vertex, in natural vertex order
 * @param componentSizes component sizes, largest first (component {@code c} has size {@code componentSizes[c]})
 * @param bridges        links whose removal disconnects their endpoints
 * @param betweennessMethod how betweenness was computed: exact, or approximate with its error bound
 * @param mode           how the all-pairs measures were computed (exact or sampled, and why)
 * @param pageRankConvergence    how PageRank's power iteration ended
 * @param eigenvectorConvergence how eigenvector centrality's power iteration ended
 * @param <V>            vertex type
 */
public record NetworkScores<V extends Comparable<V>>(
        PathLength pathLength,
        List<VertexScore<V>> scores,
        List<Integer> componentSizes,
        List<Bridge<V>> bridges,
        String betweennessMethod,
        ScoringMode mode,
        Convergence pageRankConvergence,
        Convergence eigenvectorConvergence) {

    public NetworkScores {
        scores = List.copyOf(scores);
        componentSizes = List.copyOf(componentSizes);
        bridges = List.copyOf(bridges);
    }

    /**
     * The iterative measures that stopped at their iteration cap before reaching their tolerance, by
     * {@link VertexScore#MEASURES} key ({@code pagerank}, {@code eigenvector}); empty when all converged.
     * Outputs say so next to the scores.
     */
    public List<String> notConverged() {
        List<String> measures = new ArrayList<>(2);
        if (!pageRankConvergence.converged()) {
            measures.add(VertexScore.PAGERANK);
        }
        if (!eigenvectorConvergence.converged()) {
            measures.add(VertexScore.EIGENVECTOR);
        }
        return List.copyOf(measures);
    }

    /** Number of vertices. */
    public int size() {
        return scores.size();
    }

    /**
     * The rank of every vertex on one measure, indexed like {@link #scores()}.
     *
     * @param measure a key of {@link VertexScore#MEASURES}
     * @throws IllegalArgumentException for an unknown key
     */
    public List<MeasureRank> ranks(String measure) {
        double[] values = new double[scores.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scores.get(i).measure(measure);
        }
        return List.of(MeasureRanking.rank(measure, values));
    }

    /**
     * Every measure of one vertex with its rank among all vertices, in the order of
     * {@link VertexScore#MEASURES}.
     *
     * @throws IllegalArgumentException if the vertex was not scored
     */
    public List<MeasureRank> ranksOf(V vertex) {
        int position = position(vertex);
        List<MeasureRank> result = new ArrayList<>(VertexScore.MEASURES.size());
        for (String measure : VertexScore.MEASURES) {
            result.add(ranks(measure).get(position));
        }
        return List.copyOf(result);
    }

    /**
     * The scores of one vertex.
     *
     * @throws IllegalArgumentException if the vertex was not scored
     */
    public VertexScore<V> of(V vertex) {
        return scores.get(position(vertex));
    }

    private int position(V vertex) {
        int lo = 0;
        int hi = scores.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = scores.get(mid).vertex().compareTo(vertex);
            if (cmp == 0) {
                return mid;
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        throw new IllegalArgumentException("not scored: " + vertex);
    }
}
