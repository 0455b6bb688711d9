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

    /** Every measure of one person, in {@link VertexScore#MEASURES} order. */
    public static Map<String, Double> of(VertexScore<String> score) {
        return new LinkedHashMap<>(score.measures());
    }

    /** The measure names {@link #of} gives, in order. */
    public static java.util.List<String> names() {
        return VertexScore.MEASURES;
    }
}
