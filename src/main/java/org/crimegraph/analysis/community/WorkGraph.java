package org.crimegraph.analysis.community;

import org.crimegraph.analysis.IndexedGraph;

/**
 * The mutable-free working graph of the multilevel community algorithms: CSR adjacency (each
 * undirected edge listed at both ends), plus a self-loop weight per node that holds the weight of the
 * edges collapsed inside it when the graph is aggregated.
 *
 * <p>Conventions: {@code strength[i]} = sum of adjacency weights + 2 × {@code loop[i]}, and
 * {@code twiceTotal} = sum of strengths = 2m, so modularity on an aggregated graph equals modularity
 * of the corresponding partition of the original graph.
 */
final class WorkGraph {

    final int n;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    final double[] loop;
    final double[] strength;
    final double twiceTotal;

    private WorkGraph(int n, int[] offsets, int[] targets, double[] weights, double[] loop) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.loop = loop;
        this.strength = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double s = 2 * loop[i];
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                s += weights[k];
            }
            strength[i] = s;
            total += s;
        }
        this.twiceTotal = total;
    }

    /** Copies an {@link IndexedGraph} (which has no self-loops). */
    static WorkGraph of(IndexedGraph<?> graph) {
        int n = graph.vertexCount();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = graph.end(i);
        }
        int slots = offsets[n];
        int[] targets = new int[slots];
        double[] weights = new double[slots];
        for (int k = 0; k < slots; k++) {
            targets[k] = graph.neighbour(k);
            weights[k] = graph.weight(k);
        }
        return new WorkGraph(n, offsets, targets, weights, new double[n]);
    }

    /**
     * The graph whose nodes are the communities of {@code membership} (ids 0..count-1): edges between
     * communities summed, edges inside a community turned into its self-loop weight.
     */
    WorkGraph aggregate(int[] membership, int count) {
        // nodes grouped by community (counting sort, stable: deterministic)
        int[] first = new int[count + 1];
        for (int i = 0; i < n; i++) {
            first[membership[i] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            first[c + 1] += first[c];
        }
        int[] members = new int[n];
        int[] fill = first.clone();
        for (int i = 0; i < n; i++) {
            members[fill[membership[i]]++] = i;
        }
        int[] newOffsets = new int[count + 1];
        int[] newTargets = new int[targets.length];
        double[] newWeights = new double[targets.length];
        double[] newLoop = new double[count];
        double[] acc = new double[count];
        int[] seen = new int[count];
        java.util.Arrays.fill(seen, -1);
        int[] touched = new int[count];
        int slot = 0;
        for (int c = 0; c < count; c++) {
            int touchedCount = 0;
            double inside = 0;
            double loops = 0;
            for (int m = first[c]; m < first[c + 1]; m++) {
                int u = members[m];
                loops += loop[u];
                for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                    int d = membership[targets[k]];
                    if (d == c) {
                        inside += weights[k];
                    } else {
                        if (seen[d] != c) {
                            seen[d] = c;
                            acc[d] = 0;
                            touched[touchedCount++] = d;
                        }
                        acc[d] += weights[k];
                    }
                }
            }
            newLoop[c] = loops + inside / 2;
            for (int t = 0; t < touchedCount; t++) {
                int d = touched[t];
                newTargets[slot] = d;
                newWeights[slot] = acc[d];
                slot++;
            }
            newOffsets[c + 1] = slot;
        }
        return new WorkGraph(count, newOffsets, java.util.Arrays.copyOf(newTargets, slot),
                java.util.Arrays.copyOf(newWeights, slot), newLoop);
    }

    /** Renumbers community ids to 0..count-1 in order of first appearance; returns count. */
    static int compact(int[] membership, int idSpace) {
        int[] map = new int[idSpace];
        java.util.Arrays.fill(map, -1);
        int count = 0;
        for (int i = 0; i < membership.length; i++) {
            int c = membership[i];
            if (map[c] < 0) {
                map[c] = count++;
            }
            membership[i] = map[c];
        }
        return count;
    }

    /** 0..n-1 in order: every vertex (or node) its own community. */
    static int[] identity(int n) {
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        return identity;
    }
}
