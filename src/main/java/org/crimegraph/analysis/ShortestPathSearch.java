package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.Arrays;

/**
 * The single-source shortest-path kernel shared by {@link BrandesBetweenness} and
 * {@link ApproximateBetweenness}: breadth-first search ({@link PathLength#HOPS}) or Dijkstra with link
 * length {@code 1/weight} ({@link PathLength#INVERSE_WEIGHT}), counting shortest paths ({@code σ})
 * and recording each vertex's predecessors on them, optionally stopped once a target is settled.
 * Shortest paths of equal length are recognised by exact floating-point equality, as in NetworkX.
 *
 * <p>One instance per thread: the arrays are O(n + m) and are cleared after each search by visiting
 * only the vertices it touched ({@link #reset()}), so a search costs what it explores, not O(n).
 */
final class ShortestPathSearch {

    final IndexedGraph<?> graph;
    final boolean weighted;
    /** σ: the number of shortest paths from the source. */
    final double[] sigma;
    /** Predecessors of {@code w} on shortest paths: {@code preds[graph.start(w) .. + predCount[w]]}. */
    final int[] predCount;
    final int[] preds;
    /** Settled vertices in settlement order (non-decreasing distance); for BFS also the queue. */
    final int[] order;
    private final int[] hops;
    private final double[] length;
    private final double[] dist;
    private final boolean[] settled;
    /** Dijkstra only: every vertex given a tentative distance, for {@link #reset()}. */
    private final int[] touched;
    private final DoubleIntHeap heap;
    private int touchedCount;

    ShortestPathSearch(IndexedGraph<?> graph, PathLength pathLength) {
        this.graph = graph;
        int n = graph.vertexCount();
        int slots = 2 * graph.edgeCount();
        this.weighted = pathLength == PathLength.INVERSE_WEIGHT;
        this.sigma = new double[n];
        this.predCount = new int[n];
        this.preds = new int[slots];
        this.order = new int[n];
        if (weighted) {
            this.length = new double[slots];
            for (int k = 0; k < slots; k++) {
                length[k] = 1.0 / graph.weight(k);
            }
            this.dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            this.settled = new boolean[n];
            this.touched = new int[n];
            this.heap = new DoubleIntHeap(16);
            this.hops = null;
        } else {
            this.length = null;
            this.dist = null;
            this.settled = null;
            this.touched = null;
            this.heap = null;
            this.hops = new int[n];
            Arrays.fill(hops, -1);
        }
    }

    /**
     * Refuses weights that {@code 1/weight} lengths cannot use.
     *
     * @throws IllegalArgumentException if {@code pathLength} is {@link PathLength#INVERSE_WEIGHT} and a
     *                                  weight is not positive and finite
     */
    static void checkWeights(IndexedGraph<?> graph, PathLength pathLength) {
        if (pathLength != PathLength.INVERSE_WEIGHT) {
            return;
        }
        for (int i = 0; i < graph.vertexCount(); i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                double w = graph.weight(k);
                if (!(w > 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weighted betweenness needs positive finite weights, found " + w);
                }
            }
        }
    }

    /**
     * Searches from {@code s} until {@code t} is settled ({@code t = -1}: until every reachable vertex
     * is). With {@code countPaths} false, σ and the predecessors are those of one shortest path only
     * (enough for distances). Call {@link #reset()} before the next search.
     *
     * @return the number of settled vertices, listed in {@link #order}
     */
    int search(int s, int t, boolean countPaths) {
        return weighted ? dijkstra(s, t, countPaths) : bfs(s, t, countPaths);
    }

    /** The distance of a settled vertex from the source. */
    double distance(int v) {
        return weighted ? dist[v] : hops[v];
    }

    /** True if {@code v} was reached (settled, or for BFS queued) by the last search. */
    boolean reached(int v) {
        return weighted ? settled[v] : hops[v] >= 0;
    }

    private int bfs(int s, int t, boolean countPaths) {
        int head = 0;
        int tail = 0;
        hops[s] = 0;
        sigma[s] = 1.0;
        order[tail++] = s;
        while (head < tail) {
            int v = order[head++];
            if (v == t) {
                break;
            }
            int next = hops[v] + 1;
            double sv = sigma[v];
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int w = graph.neighbour(k);
                if (hops[w] < 0) {
                    hops[w] = next;
                    order[tail++] = w;
                }
                if (countPaths && hops[w] == next) {
                    sigma[w] += sv;
                    preds[graph.start(w) + predCount[w]++] = v;
                }
            }
        }
        touchedCount = tail;
        return head;
    }

    private int dijkstra(int s, int t, boolean countPaths) {
        int top = 0;
        int count = 0;
        heap.clear();
        dist[s] = 0.0;
        sigma[s] = 1.0;
        touched[count++] = s;
        heap.push(0.0, s);
        while (!heap.isEmpty()) {
            int v = heap.pop();
            if (settled[v]) {
                continue;
            }
            settled[v] = true;
            order[top++] = v;
            if (v == t) {
                break;
            }
            double dv = dist[v];
            double sv = sigma[v];
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int w = graph.neighbour(k);
                if (settled[w]) {
                    continue;
                }
                double alt = dv + length[k];
                if (alt < dist[w]) {
                    if (dist[w] == Double.POSITIVE_INFINITY) {
                        touched[count++] = w;
                    }
                    dist[w] = alt;
                    heap.push(alt, w);
                    sigma[w] = sv;
                    preds[graph.start(w)] = v;
                    predCount[w] = 1;
                } else if (countPaths && alt == dist[w]) {
                    sigma[w] += sv;
                    preds[graph.start(w) + predCount[w]++] = v;
                }
            }
        }
        touchedCount = count;
        return top;
    }

    /** Clears what the last search touched. */
    void reset() {
        int[] list = weighted ? touched : order;
        for (int i = 0; i < touchedCount; i++) {
            int w = list[i];
            sigma[w] = 0.0;
            predCount[w] = 0;
            if (weighted) {
                dist[w] = Double.POSITIVE_INFINITY;
                settled[w] = false;
            } else {
                hops[w] = -1;
            }
        }
        touchedCount = 0;
    }
}
