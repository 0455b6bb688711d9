package org.crimegraph.analysis;

import java.util.random.RandomGenerator;

/**
 * The Fisher–Yates shuffle (Durstenfeld's in-place form: from the last position down, each swapped with a
 * position drawn uniformly at or below it), the one behind every seeded random order: the node orders of
 * Louvain and Leiden, the random removal baseline, key-player restarts, link-prediction folds and the
 * generator's id numbers. The same generator state gives the same order, whatever the generator's class.
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** A seeded random permutation of {@code 0..n-1}. */
    public static int[] permutation(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    /** Shuffles {@code values} in place. */
    public static void shuffle(int[] values, RandomGenerator random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
