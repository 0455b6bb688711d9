package org.crimegraph.spark;

import java.io.Serializable;

/** Sampled-path counts as {@code treeAggregate} carries them: whole numbers, so any order of addition gives the same. */
final class SampleCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] counts;

    SampleCounts add(long[] part) {
        if (counts == null) {
            counts = part;
        } else {
            for (int i = 0; i < part.length; i++) {
                counts[i] += part[i];
            }
        }
        return this;
    }

    SampleCounts merge(SampleCounts other) {
        return other.counts == null ? this : add(other.counts);
    }

    long[] counts(int n) {
        return counts == null ? new long[n] : counts;
    }
}
