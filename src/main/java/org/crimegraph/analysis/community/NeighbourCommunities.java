package org.crimegraph.analysis.community;

import java.util.Arrays;

/**
 * The kernel of local moving in {@link Louvain} and {@link Leiden} (and of Leiden's refinement): for
 * one node, the weight of its edges to each neighbouring community, gathered in edge order with a
 * stamp per community so that a node costs O(degree) and no clearing of an n-sized array; and the
 * neighbouring community with the largest modularity gain {@code w(v, C) − γ·Σ_tot(C)·k_v / 2m}.
 *
 * <p>Gains within {@code 1e-12 × k_v} of each other count as equal; how equal gains are broken is the
 * caller's {@link Ties rule}. One instance serves every node of one phase on one {@link WorkGraph};
 * {@link #clear()} after each node.
 */
final class NeighbourCommunities {

    /** How a candidate community with the same gain as the best so far is treated. */
    interface Ties {

        /** Called for each node before its candidates, and whenever a strictly better one is found. */
        void restart();

        /** True to take {@code candidate} instead of {@code best} (both with the best gain). */
        boolean prefer(int candidate, int best);
    }

    /** Equal gains: the smallest community id, the node's own included (igraph's Louvain). */
    static final Ties SMALLEST_ID = new Ties() {
        @Override
        public void restart() {
        }

        @Override
        public boolean prefer(int candidate, int best) {
            return candidate < best;
        }
    };

    private final WorkGraph g;
    private final double perTwiceM;
    private final double[] weightTo;
    private final int[] seen;
    private final int[] touched;
    private int count;
    private double ownGain;
    private double bestGain;
    private double margin;

    NeighbourCommunities(WorkGraph g, double resolution) {
        this.g = g;
        this.perTwiceM = resolution / g.twiceTotal;
        this.weightTo = new double[g.n];
        this.seen = new int[g.n];
        Arrays.fill(seen, -1);
        this.touched = new int[g.n];
    }

    /** Gathers the weight from {@code v} to each community {@code community[u]} of its neighbours. */
    void gather(int v, int[] community) {
        gather(v, community, null, 0);
    }

    /**
     * Like {@link #gather(int, int[])}, counting only the neighbours {@code u} with
     * {@code within[u] == part} (all when {@code within} is null).
     */
    void gather(int v, int[] community, int[] within, int part) {
        count = 0;
        for (int e = g.offsets[v], end = g.offsets[v + 1]; e < end; e++) {
            int u = g.targets[e];
            if (within != null && within[u] != part) {
                continue;
            }
            int c = community[u];
            if (seen[c] != v) {
                seen[c] = v;
                weightTo[c] = 0;
                touched[count++] = c;
            }
            weightTo[c] += g.weights[e];
        }
    }

    /** How many communities the last {@link #gather} found. */
    int count() {
        return count;
    }

    /** The {@code t}-th of them, in the order first met. */
    int community(int t) {
        return touched[t];
    }

    /** The weight from the last gathered node to community {@code c} (0 if not a neighbour). */
    double weightTo(int c, int v) {
        return seen[c] == v ? weightTo[c] : 0;
    }

    /**
     * The community with the largest gain for node {@code v} of strength {@code k} among its own and
     * the gathered ones; {@code total} holds each community's total strength without {@code v}.
     */
    int best(int v, int own, double k, double[] total, Ties ties) {
        ownGain = weightTo(own, v) - perTwiceM * total[own] * k;
        margin = 1e-12 * Math.max(k, 1e-300);
        int best = own;
        bestGain = ownGain;
        ties.restart();
        for (int t = 0; t < count; t++) {
            int c = touched[t];
            if (c == own) {
                continue;
            }
            double gain = weightTo[c] - perTwiceM * total[c] * k;
            if (gain > bestGain + margin) {
                best = c;
                bestGain = gain;
                ties.restart();
            } else if (gain >= bestGain - margin && ties.prefer(c, best)) {
                best = c;
            }
        }
        return best;
    }

    /** The gain of staying, from the last {@link #best}. */
    double ownGain() {
        return ownGain;
    }

    /** The gain of the community {@link #best} chose. */
    double bestGain() {
        return bestGain;
    }

    /** The last node's tolerance for equal gains. */
    double margin() {
        return margin;
    }

    /** Forgets the last node's communities (resets only the stamps it set). */
    void clear() {
        for (int t = 0; t < count; t++) {
            seen[touched[t]] = -1;
        }
        count = 0;
    }
}
