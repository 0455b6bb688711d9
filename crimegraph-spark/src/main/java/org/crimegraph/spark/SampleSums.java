package org.crimegraph.spark;

import java.io.Serializable;
import org.crimegraph.analysis.SampledDistances;

/** {@link SampledDistances.Sums} as {@code treeAggregate} carries them (allocated at the first range). */
final class SampleSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private double[] distance;
    private double[] inverse;
    private long[] reached;

    SampleSums add(SampledDistances.Sums part) {
        return merge(part.distance(), part.inverse(), part.reached());
    }

    SampleSums merge(SampleSums other) {
        return other.distance == null ? this : merge(other.distance, other.inverse, other.reached);
    }

    private SampleSums merge(double[] d, double[] inv, long[] r) {
        if (distance == null) {
            distance = d;
            inverse = inv;
            reached = r;
            return this;
        }
        for (int i = 0; i < d.length; i++) {
            distance[i] += d[i];
            inverse[i] += inv[i];
            reached[i] += r[i];
        }
        return this;
    }

    /** The kernel's sums over every sample (zero for {@code n} persons if there were none). */
    SampledDistances.Sums sums(int n) {
        return distance == null ? new SampledDistances.Sums(n) : new SampledDistances.Sums(distance, inverse, reached);
    }
}
