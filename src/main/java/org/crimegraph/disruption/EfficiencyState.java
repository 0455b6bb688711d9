package org.crimegraph.disruption;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * All-pairs hop distances of a remainder {@code H}, kept as per-source distance histograms, plus for
 * every vertex {@code v} the sources whose distances can change if {@code v} is removed — so that the
 * global efficiency of {@code H − v} is found by breadth-first searches from those sources only.
 *
 * <p>Why this is exact: if every shortest s–t path passes through {@code v}, then on such a path the
 * vertex {@code w} right after {@code v} has {@code v} as its only predecessor in the shortest-path DAG
 * from {@code s} (another predecessor at {@code v}'s level would give a shortest path to {@code w},
 * hence to {@code t}, avoiding {@code v}). So a source {@code s} is <em>affected</em> by {@code v}
 * only if {@code v} is the sole DAG predecessor of some vertex; other sources keep all distances and
 * merely lose the pair {@code (s, v)}. Counts are integers, so the incremental result equals a full
 * recomputation bit for bit. Memory: n² bits for the affected-source sets plus the histograms.
 */
final class EfficiencyState {

    private final IndexedGraph<?> graph;
    private final boolean[] removed;
    private final int remaining;
    private final int[][] rows;
    private final long[] total;
    private final long[][] affected;
    private final HopSearch search;
    private final HopSearch second;
    private long searches;

    EfficiencyState(IndexedGraph<?> graph, boolean[] removed) {
        this.graph = graph;
        this.removed = removed;
        int n = graph.vertexCount();
        int words = (n + 63) >>> 6;
        this.rows = new int[n][];
        this.affected = new long[n][];
        this.search = new HopSearch(graph);
        this.second = new HopSearch(graph);
        long[] sum = new long[2];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (removed[s]) {
                continue;
            }
            count++;
            int reached = search.run(s, removed, -1);
            searches++;
            int ecc = reached > 1 ? search.distance(search.reachedVertex(reached - 1)) : 0;
            int[] row = new int[ecc + 1];
            for (int t = 1; t < reached; t++) {
                int w = search.reachedVertex(t);
                int dw = search.distance(w);
                row[dw]++;
                int onlyPredecessor = -1;
                int predecessors = 0;
                for (int k = graph.start(w), end = graph.end(w); k < end && predecessors < 2; k++) {
                    int p = graph.neighbour(k);
                    if (!removed[p] && search.distance(p) == dw - 1) {
                        predecessors++;
                        onlyPredecessor = p;
                    }
                }
                if (predecessors == 1 && onlyPredecessor != s) {
                    long[] bits = affected[onlyPredecessor];
                    if (bits == null) {
                        bits = affected[onlyPredecessor] = new long[words];
                    }
                    bits[s >>> 6] |= 1L << (s & 63);
                }
            }
            rows[s] = row;
            if (row.length > sum.length) {
                sum = Arrays.copyOf(sum, row.length);
            }
            for (int d = 1; d < row.length; d++) {
                sum[d] += row[d];
            }
        }
        this.total = sum;
        this.remaining = count;
    }

    /** Global efficiency of the remainder. */
    double efficiency() {
        return RemainderAnalysis.efficiencyOf(total, remaining);
    }

    /** Global efficiency of the remainder without {@code v} (a remaining vertex). */
    double efficiencyWithout(int v) {
        return RemainderAnalysis.efficiencyOf(histogramWithout(v), remaining - 1);
    }

    /** Ordered pairs per hop distance in the remainder without {@code v}. */
    long[] histogramWithout(int v) {
        long[] h = total.clone();
        int[] rowV = rows[v];
        // v's own row, and v as a target of every source it reaches
        for (int d = 1; d < rowV.length; d++) {
            h[d] -= 2L * rowV[d];
        }
        long[] bits = affected[v];
        if (bits == null) {
            return h;
        }
        search.run(v, removed, -1);
        searches++;
        for (int word = 0; word < bits.length; word++) {
            long b = bits[word];
            while (b != 0) {
                int s = (word << 6) + Long.numberOfTrailingZeros(b);
                b &= b - 1;
                // s's pair with v was subtracted above as part of v's column; s's whole row is replaced below
                h[search.distance(s)]++;
                int[] row = rows[s];
                for (int d = 1; d < row.length; d++) {
                    h[d] -= row[d];
                }
                second.run(s, removed, v);
                searches++;
                h = second.addHistogram(h);
            }
        }
        return h;
    }

    /** Number of breadth-first searches run so far (for benchmarks). */
    long searches() {
        return searches;
    }
}
