package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int value) pairs without boxing, for Dijkstra with lazy
 * deletion: a vertex may be pushed several times and stale entries are skipped by the caller.
 * Equal keys pop in unspecified but deterministic order.
 */
final class DoubleIntHeap {

    private double[] keys;
    private int[] values;
    private int size;

    DoubleIntHeap(int capacity) {
        keys = new double[Math.max(4, capacity)];
        values = new int[keys.length];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            i = moveTo(i, parent);
        }
        place(i, key, value);
    }

    /** Key of the smallest entry; the heap must not be empty. */
    double peekKey() {
        return keys[0];
    }

    /** Removes the smallest entry and returns its value; the heap must not be empty. */
    int pop() {
        int top = values[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                i = moveTo(i, child);
            }
            place(i, key, value);
        }
        return top;
    }

    /** Moves the entry at {@code from} into the hole at {@code hole}; returns the new hole, {@code from}. */
    private int moveTo(int hole, int from) {
        keys[hole] = keys[from];
        values[hole] = values[from];
        return from;
    }

    private void place(int i, double key, int value) {
        keys[i] = key;
        values[i] = value;
    }
}
