package org.crimegraph.disruption;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Hop-distance histogram of all pairs by bit-parallel multi-source breadth-first search: 64 sources
 * advance together, one bit each in a {@code long} per vertex (M. Then, M. Kaufmann, F. Chirigati,
 * T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and H. T. Vo, "The More the Merrier: Efficient
 * Multi-Source Graph Traversal", PVLDB 8(4):449–460, 2014). At level {@code d} a vertex {@code w}
 * learns the sources that first reach it through a frontier neighbour with one AND-NOT and one OR;
 * the number of new bits is the number of (source, w) pairs at distance {@code d}.
 *
 * <p>Why: global efficiency needs every pair's distance; one word operation per edge per level
 * serves 64 sources, so the all-pairs count costs about as much as a few dozen single-source
 * searches. This is what makes DF key-player search and efficiency curves fast.
 */
final class MultiSourceHops {

    private final IndexedGraph<?> graph;
    private final long[] seen;
    private final long[] visit;
    private final long[] next;
    private final int[] frontier;
    private final int[] nextFrontier;

    MultiSourceHops(IndexedGraph<?> graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        this.seen = new long[n];
        this.visit = new long[n];
        this.next = new long[n];
        this.frontier = new int[n];
        this.nextFrontier = new int[n];
    }

    /**
     * Adds to {@code histogram} (grown as needed) the number of ordered pairs (s, t), s among
     * {@code sources[from..to)} (at most 64), at each hop distance in the graph without the removed
     * vertices and without {@code alsoRemoved} (-1 for none).
     */
    long[] addBatch(int[] sources, int from, int to, boolean[] removed, int alsoRemoved, long[] histogram) {
        long[] h = histogram;
        Arrays.fill(seen, 0L);
        int size = 0;
        for (int j = from; j < to; j++) {
            int s = sources[j];
            long bit = 1L << (j - from);
            seen[s] |= bit;
            visit[s] |= bit;
            frontier[size++] = s;
        }
        int level = 0;
        while (size > 0) {
            level++;
            int nextSize = 0;
            for (int f = 0; f < size; f++) {
                int v = frontier[f];
                long bits = visit[v];
                visit[v] = 0L;
                for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                    int w = graph.neighbour(k);
                    long fresh = bits & ~seen[w];
                    if (fresh != 0L && !removed[w] && w != alsoRemoved) {
                        if (next[w] == 0L) {
                            nextFrontier[nextSize++] = w;
                        }
                        next[w] |= fresh;
                        seen[w] |= fresh;
                    }
                }
            }
            long count = 0;
            for (int f = 0; f < nextSize; f++) {
                int w = nextFrontier[f];
                count += Long.bitCount(next[w]);
                visit[w] = next[w];
                next[w] = 0L;
                frontier[f] = w;
            }
            size = nextSize;
            if (count > 0) {
                if (level >= h.length) {
                    h = Arrays.copyOf(h, Math.max(level + 1, h.length * 2));
                }
                h[level] += count;
            }
        }
        return h;
    }

    /** Remaining vertices (not removed, not {@code alsoRemoved}), in index order. */
    static int[] sources(boolean[] removed, int alsoRemoved) {
        int[] s = new int[removed.length];
        int count = 0;
        for (int i = 0; i < removed.length; i++) {
            if (!removed[i] && i != alsoRemoved) {
                s[count++] = i;
            }
        }
        return Arrays.copyOf(s, count);
    }
}
