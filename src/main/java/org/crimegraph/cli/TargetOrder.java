package org.crimegraph.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.scoring.ScoringResult;

/** The order {@code score --sort} asks for: the composite score, or one measure, highest first. */
final class TargetOrder {

    private TargetOrder() {
    }

    /** What {@code --sort} accepts: the composite score, or any measure key. */
    static final String SCORE = "score";

    /** Refuses an unknown {@code --sort} value, listing the valid ones. */
    static void requireSort(String sort) {
        if (sort != null && !sort.equals(SCORE) && !VertexScore.MEASURES.contains(sort)) {
            throw new IllegalArgumentException("unknown measure '" + sort + "' for --sort; valid: " + SCORE + ", "
                    + String.join(", ", VertexScore.MEASURES));
        }
    }

    /** Every person, best first by the composite score or by one measure (ties by composite rank). */
    static List<Target> sorted(ScoringResult result, String sort) {
        List<Target> all = new ArrayList<>(result.targets());
        requireSort(sort);
        if (sort == null || sort.equals(SCORE)) {
            return all;
        }
        all.sort(Comparator.comparingDouble((Target t) -> -result.scores().of(t.personId()).measures().get(sort))
                .thenComparingInt(Target::rank));
        return all;
    }

}
