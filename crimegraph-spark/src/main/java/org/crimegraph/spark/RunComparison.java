package org.crimegraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crimegraph.model.PersonResult;
import org.crimegraph.scoring.SavedRun;

/**
 * Whether two saved runs give the same answers: the same persons, every measure and composite score
 * within a relative tolerance ({@code |a − b| ≤ tolerance · max(|a|, |b|)}, or both below 1e-300), and
 * the same component and community for each person. Used by {@code crimegraph-spark compare}, the
 * tests and {@code scripts/spark-cluster} to check a Spark run against the single-machine run.
 *
 * @param persons         persons compared
 * @param maxRelative     largest relative difference per measure (and {@code score})
 * @param differences     what differs, one line each (empty when the runs agree)
 */
public record RunComparison(int persons, Map<String, Double> maxRelative, List<String> differences) {

    /** Compares {@code a} with {@code b}. */
    public static RunComparison of(SavedRun a, SavedRun b, double tolerance) {
        Map<String, Double> worst = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        if (a.results().size() != b.results().size()) {
            differences.add("persons: " + a.results().size() + " vs " + b.results().size());
        }
        for (PersonResult x : a.results()) {
            PersonResult y = b.result(x.personId()).orElse(null);
            if (y == null) {
                differences.add(x.personId() + ": missing from " + b.run().runId());
                continue;
            }
            for (Map.Entry<String, Double> measure : x.measures().entrySet()) {
                compare(x.personId(), measure.getKey(), measure.getValue(), y.measures().get(measure.getKey()),
                        tolerance, worst, differences);
            }
            compare(x.personId(), "score", x.score(), y.score(), tolerance, worst, differences);
            if (x.component() != y.component() || !Objects.equals(x.community(), y.community())) {
                differences.add(x.personId() + ": component/community " + x.component() + "/" + x.community() + " vs "
                        + y.component() + "/" + y.community());
            }
        }
        return new RunComparison(a.results().size(), worst, differences);
    }

    private static void compare(String person, String measure, Double a, Double b, double tolerance,
                                Map<String, Double> worst, List<String> differences) {
        if (a == null || b == null) {
            if (a != b) {
                differences.add(person + " " + measure + ": " + a + " vs " + b);
            }
            return;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        double relative = scale < 1e-300 ? 0.0 : Math.abs(a - b) / scale;
        worst.merge(measure, relative, Math::max);
        if (relative > tolerance || Double.isNaN(relative)) {
            differences.add(String.format(Locale.ROOT, "%s %s: %.17g vs %.17g (relative %.3g)", person, measure, a, b,
                    relative));
        }
    }

    /** True when nothing differs beyond the tolerance. */
    public boolean same() {
        return differences.isEmpty();
    }
}
