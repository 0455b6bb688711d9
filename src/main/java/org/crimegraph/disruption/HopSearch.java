package org.crimegraph.disruption;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * Reusable breadth-first search on the vertices of an {@link IndexedGraph} that are not removed:
 * hop distances from one source (every link has length 1). One instance per thread; after a search
 * {@link #distance(int)} and the visit order are valid until the next search.
 */
final class HopSearch {

    private final IndexedGraph<?> graph;
    private final int[] dist;
    private final int[] queue;
    private int reached;

    HopSearch(IndexedGraph<?> graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        this.dist = new int[n];
        Arrays.fill(dist, -1);
        this.queue = new int[n];
    }

    /**
     * Searches from {@code source}, skipping vertices with {@code removed[v]} (and the extra vertex
     * {@code alsoRemoved}, or -1 for none). Returns the number of vertices reached, source included.
     */
    int run(int source, boolean[] removed, int alsoRemoved) {
        clear();
        int head = 0;
        int tail = 0;
        dist[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int v = queue[head++];
            int next = dist[v] + 1;
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int w = graph.neighbour(k);
                if (dist[w] < 0 && !removed[w] && w != alsoRemoved) {
                    dist[w] = next;
                    queue[tail++] = w;
                }
            }
        }
        reached = tail;
        return tail;
    }

    /** Adds the number of reached vertices at each distance 1, 2, … to {@code histogram} (grown as needed). */
    long[] addHistogram(long[] histogram) {
        long[] h = histogram;
        for (int t = 1; t < reached; t++) {
            int d = dist[queue[t]];
            if (d >= h.length) {
                h = Arrays.copyOf(h, Math.max(d + 1, h.length * 2));
            }
            h[d]++;
        }
        return h;
    }

    /** Hop distance of {@code v} from the last source, or -1 if unreached. */
    int distance(int v) {
        return dist[v];
    }

    /** The {@code t}-th vertex reached (0 is the source), in breadth-first order. */
    int reachedVertex(int t) {
        return queue[t];
    }

    /** Number of vertices reached by the last search. */
    int reached() {
        return reached;
    }

    private void clear() {
        for (int t = 0; t < reached; t++) {
            dist[queue[t]] = -1;
        }
        reached = 0;
    }
}
