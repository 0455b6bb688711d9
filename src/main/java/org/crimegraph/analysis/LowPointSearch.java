package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * The depth-first search with low-points of J. Hopcroft and R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", Communications of the ACM 16(6):372–378, 1973: one search over
 * every component of a graph, optionally with some vertices removed, in O(n + m). The one kernel
 * behind {@link ArticulationPoints} (cut vertices, bridges, what a removal does) and
 * {@code disruption.CutVertexPieces} (connected pairs without each vertex).
 *
 * <p>The search is iterative with an explicit stack: the recursive form (as in JGraphT's
 * {@code BiconnectivityInspector}) overflows the thread stack on long paths in graphs of 100,000
 * vertices or more.
 *
 * <p>What it leaves: for every reached vertex its depth-first parent (-1 for a root), the size of its
 * depth-first subtree and of its component, and for every tree edge whether it separates: a child
 * {@code c} of {@code p} with {@code low(c) ≥ disc(p)} becomes a piece of its own when {@code p} is
 * removed ({@link #separates}), and the edge is a bridge when {@code low(c) > disc(p)}
 * ({@link #isBridge}).
 */
public final class LowPointSearch {

    private final int[] disc;
    private final int[] low;
    private final int[] parent;
    private final int[] subtree;
    private final int[] componentSize;
    private final int components;

    /** Searches the whole graph. */
    public LowPointSearch(IndexedGraph<?> graph) {
        this(graph, new boolean[graph.vertexCount()]);
    }

    /** Searches the graph without the vertices marked in {@code removed}, which stay unreached. */
    public LowPointSearch(IndexedGraph<?> graph, boolean[] removed) {
        int n = graph.vertexCount();
        disc = new int[n];
        Arrays.fill(disc, -1);
        low = new int[n];
        parent = new int[n];
        subtree = new int[n];
        componentSize = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        int[] visited = new int[n];
        int time = 0;
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (removed[root] || disc[root] >= 0) {
                continue;
            }
            count++;
            int first = time;
            int top = 0;
            stack[top++] = root;
            visited[time] = root;
            disc[root] = low[root] = time++;
            parent[root] = -1;
            cursor[root] = graph.start(root);
            subtree[root] = 1;
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < graph.end(v)) {
                    int w = graph.neighbour(cursor[v]++);
                    if (removed[w]) {
                        continue;
                    }
                    if (disc[w] < 0) {
                        parent[w] = v;
                        visited[time] = w;
                        disc[w] = low[w] = time++;
                        cursor[w] = graph.start(w);
                        subtree[w] = 1;
                        stack[top++] = w;
                    } else if (w != parent[v] && disc[w] < low[v]) {
                        low[v] = disc[w];
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        if (low[v] < low[p]) {
                            low[p] = low[v];
                        }
                        subtree[p] += subtree[v];
                    }
                }
            }
            for (int t = first; t < time; t++) {
                componentSize[visited[t]] = subtree[root];
            }
        }
        this.components = count;
    }

    /** True if {@code v} was reached (not removed). */
    public boolean reached(int v) {
        return disc[v] >= 0;
    }

    /** {@code v}'s depth-first parent, or -1 for the root of its component (or a removed vertex). */
    public int parent(int v) {
        return disc[v] >= 0 ? parent[v] : -1;
    }

    /** True if {@code v} is the root of its component's search. */
    public boolean isRoot(int v) {
        return disc[v] >= 0 && parent[v] < 0;
    }

    /** Size of {@code v}'s depth-first subtree ({@code v} included). */
    public int subtree(int v) {
        return subtree[v];
    }

    /** Size of {@code v}'s component. */
    public int componentSize(int v) {
        return componentSize[v];
    }

    /** Number of components searched. */
    public int componentCount() {
        return components;
    }

    /** True if the non-root {@code child}'s subtree becomes a piece of its own when its parent is removed. */
    public boolean separates(int child) {
        return low[child] >= disc[parent[child]];
    }

    /** True if the tree edge from the non-root {@code child} to its parent is a bridge. */
    public boolean isBridge(int child) {
        return low[child] > disc[parent[child]];
    }
}
