package org.crimegraph.disruption;

import org.crimegraph.analysis.IndexedGraph;

/**
 * For every remaining vertex {@code v} of a graph with some vertices removed, the connected pairs
 * Σ_k s_k(s_k − 1) of the graph that would remain if {@code v} were removed too — all in one
 * iterative depth-first search with low-points (Hopcroft and Tarjan, CACM 16(6), 1973), O(n + m).
 *
 * <p>Why: Borgatti's fragmentation F of {@code G − S − v} for every candidate {@code v} is then a
 * table look-up instead of a component search per candidate; this is the incremental evaluation
 * behind {@link KeyPlayerSearch} for F. Removing {@code v} splits its component of size {@code c}
 * into the subtrees of its depth-first children {@code w} with {@code low(w) ≥ disc(v)} and (unless
 * {@code v} is the root) the rest, of size {@code c − 1 − Σ} those subtrees; every other component is
 * unchanged. (The existing {@code analysis.ArticulationPoints} gives the largest piece only; the sum of
 * squares needs every piece.)
 */
final class CutVertexPieces {

    private final long connectedPairs;
    private final long[] pairsWithout;
    private final int remaining;
    private final int[] pieces;

    CutVertexPieces(IndexedGraph<?> graph, boolean[] removed) {
        int n = graph.vertexCount();
        int[] disc = new int[n];
        java.util.Arrays.fill(disc, -1);
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] cursor = new int[n];
        int[] subtree = new int[n];
        int[] separatedSize = new int[n];
        int[] separatedCount = new int[n];
        long[] separatedPairs = new long[n];
        int[] stack = new int[n];
        int[] visited = new int[n];
        int[] componentSize = new int[n];
        this.pairsWithout = new long[n];
        this.pieces = new int[n];
        long pairs = 0;
        int time = 0;
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (removed[root] || disc[root] >= 0) {
                continue;
            }
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
                        if (low[v] >= disc[p] || parent[p] < 0) {
                            // a separate piece when p goes (for the root every child is one)
                            separatedSize[p] += subtree[v];
                            separatedCount[p]++;
                            separatedPairs[p] += (long) subtree[v] * (subtree[v] - 1);
                        }
                    }
                }
            }
            int size = subtree[root];
            for (int t = first; t < time; t++) {
                componentSize[visited[t]] = size;
            }
            pairs += (long) size * (size - 1);
            count += size;
        }
        this.connectedPairs = pairs;
        this.remaining = count;
        for (int v = 0; v < n; v++) {
            if (removed[v]) {
                continue;
            }
            int c = componentSize[v];
            long after = pairs - (long) c * (c - 1) + separatedPairs[v];
            int pieceCount = separatedCount[v];
            if (parent[v] >= 0) {
                long rest = c - 1 - separatedSize[v];
                after += rest * (rest - 1);
                pieceCount++;
            }
            pieces[v] = pieceCount;
            pairsWithout[v] = after;
        }
    }

    /** Σ s_k(s_k − 1) over the components of the remainder. */
    long connectedPairs() {
        return connectedPairs;
    }

    /** Σ s_k(s_k − 1) over the components of the remainder without {@code v}. */
    long connectedPairsWithout(int v) {
        return pairsWithout[v];
    }

    /** Number of pieces {@code v}'s component falls into without it (2 or more: an articulation point). */
    int piecesWithout(int v) {
        return pieces[v];
    }

    /** Number of remaining vertices. */
    int remaining() {
        return remaining;
    }
}
