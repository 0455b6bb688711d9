package org.crimegraph.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.analysis.VertexScore;

/**
 * The per-person measures a scoring run records, by name, in a fixed order. This is the one place
 * that turns a {@link VertexScore} into named measures: saved runs, diffs, reports and run exports
 * all take the measures generically from here, so a new measure only needs adding here.
 */
public final class RunMeasures {

    private RunMeasures() {
    }

    /** Every measure of one person, in order: degree, strength, betweenness, normalised betweenness, PageRank. */
    public static Map<String, Double> of(VertexScore<String> score) {
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("degree", (double) score.degree());
        measures.put("strength", score.strength());
        measures.put("betweenness", score.betweenness());
        measures.put("betweenness_normalised", score.normalisedBetweenness());
        measures.put("pagerank", score.pageRank());
        return measures;
    }

    /** The measure names {@link #of} gives, in order. */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(of(new VertexScore<>("", 0, 0, 0, 0, 0, 0, 0, false, null)).keySet());
    }
}
