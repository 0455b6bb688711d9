package org.crimegraph.generate;

import java.util.Arrays;

/**
 * Unordered pairs of persons (by index) that some piece of evidence links, kept as packed {@code long}s in a
 * growing array; {@link #distinct()} sorts them once and counts each pair once. This is how the generator
 * knows, without a store, how many person-to-person links the projection will find.
 */
final class PersonPairs {

    private long[] keys = new long[1 << 16];
    private int size;

    /** Records that {@code a} and {@code b} are linked; a person with themself is ignored, as the projection does. */
    void add(int a, int b) {
        if (a == b || a < 0 || b < 0) {
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length + (keys.length >> 1));
        }
        keys[size++] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** Sorts, drops repeats (from here on the pairs are distinct) and returns how many remain. */
    int distinct() {
        Arrays.sort(keys, 0, size);
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (out == 0 || keys[out - 1] != keys[i]) {
                keys[out++] = keys[i];
            }
        }
        size = out;
        return size;
    }

    /** The degree of each of {@code persons} persons over the distinct pairs; call {@link #distinct()} first. */
    int[] degrees(int persons) {
        int[] degree = new int[persons];
        for (int i = 0; i < size; i++) {
            degree[(int) (keys[i] >>> 32)]++;
            degree[(int) keys[i]]++;
        }
        return degree;
    }
}
