package org.crimegraph.generate;

import java.util.Arrays;

/**
 * Things the generator makes, by index, each held by one person and shared by at most one other (an account and
 * its joint holder, a vehicle and a driver who is not its keeper): growing parallel arrays of person indices, -1
 * where there is no other.
 */
final class HeldThings {

    private int[] holder = new int[16];
    private int[] other = new int[16];
    private int count;

    /** A new thing held by {@code person} alone; returns its index. */
    int add(int person) {
        if (count == holder.length) {
            holder = Arrays.copyOf(holder, count * 2);
            other = Arrays.copyOf(other, count * 2);
        }
        holder[count] = person;
        other[count] = -1;
        return count++;
    }

    /** How many things there are. */
    int count() {
        return count;
    }

    /** The person who holds thing {@code i}. */
    int holder(int i) {
        return holder[i];
    }

    /** The other person sharing thing {@code i}, or -1. */
    int other(int i) {
        return other[i];
    }

    void setOther(int i, int person) {
        other[i] = person;
    }

    /** The holder of thing {@code i}, and the other person if there is one. */
    int[] persons(int i) {
        return other[i] >= 0 ? new int[] {holder[i], other[i]} : new int[] {holder[i]};
    }
}
