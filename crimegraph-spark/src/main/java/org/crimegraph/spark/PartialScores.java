package org.crimegraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.BrandesBetweenness;

/**
 * What {@code treeAggregate} carries for the exact pass: the dependency sums of the sources seen so far
 * (n doubles, allocated at the first range) and, per range of sources, that range's own closeness and
 * harmonic values (n/P doubles each), so that a partial never holds more than {@code n + 2·(its sources)}
 * numbers. Merging adds the sums and joins the ranges; the ranges are disjoint, so the driver places each
 * value exactly.
 */
final class PartialScores implements Serializable {

    private static final long serialVersionUID = 1L;

    private double[] dependencies;
    private final List<Range> ranges = new ArrayList<>();

    /** One range's own values (the kernel's {@link BrandesBetweenness.Part} without its sums). */
    private record Range(int lo, double[] closeness, double[] harmonic) implements Serializable {
    }

    /** Adds one range's searches (executor side). */
    PartialScores add(BrandesBetweenness.Part part) {
        if (dependencies == null) {
            dependencies = part.dependencies();
        } else {
            double[] d = part.dependencies();
            for (int i = 0; i < d.length; i++) {
                dependencies[i] += d[i];
            }
        }
        ranges.add(new Range(part.lo(), part.closeness(), part.harmonic()));
        return this;
    }

    /** Merges another partial into this one. */
    PartialScores merge(PartialScores other) {
        if (other.dependencies != null) {
            if (dependencies == null) {
                dependencies = other.dependencies;
            } else {
                for (int i = 0; i < dependencies.length; i++) {
                    dependencies[i] += other.dependencies[i];
                }
            }
        }
        ranges.addAll(other.ranges);
        return this;
    }

    /** The scores over all {@code n} sources (driver side). */
    BrandesBetweenness.Result result(org.crimegraph.graph.PathLength pathLength, boolean withDependencies, int n) {
        double[] total = dependencies == null ? new double[n] : dependencies;
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        int covered = 0;
        for (Range range : ranges) {
            System.arraycopy(range.closeness(), 0, closeness, range.lo(), range.closeness().length);
            System.arraycopy(range.harmonic(), 0, harmonic, range.lo(), range.harmonic().length);
            covered += range.closeness().length;
        }
        if (covered != n) {
            throw new IllegalStateException("the partitions covered " + covered + " sources of " + n);
        }
        return BrandesBetweenness.result(pathLength, withDependencies, total, closeness, harmonic);
    }
}
