package org.crimegraph.disruption;

import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.LowPointSearch;

/**
 * For every remaining vertex {@code v} of a graph with some vertices removed, the connected pairs
 * Σ_k s_k(s_k − 1) of the graph that would remain if {@code v} were removed too — all in one
 * depth-first search with low-points ({@link LowPointSearch}, shared with {@code analysis.ArticulationPoints}), O(n + m).
 *
 * <p>Why: Borgatti's fragmentation F of {@code G − S − v} for every candidate {@code v} is then a
 * table look-up instead of a component search per candidate; this is the incremental evaluation
 * behind {@link KeyPlayerSearch} for F. Removing {@code v} splits its component of size {@code c}
 * into the subtrees of its depth-first children {@code w} with {@code low(w) ≥ disc(v)} and (unless
 * {@code v} is the root) the rest, of size {@code c − 1 − Σ} those subtrees; every other component is
 * unchanged. ({@code analysis.ArticulationPoints} reads the largest piece off the same search; the sum
 * of squares needs every piece.)
 */
final class CutVertexPieces {

    private final long connectedPairs;
    private final long[] pairsWithout;
    private final int remaining;
    private final int[] pieces;

    CutVertexPieces(IndexedGraph<?> graph, boolean[] removed) {
        int n = graph.vertexCount();
        LowPointSearch search = new LowPointSearch(graph, removed);
        int[] separatedSize = new int[n];
        int[] separatedCount = new int[n];
        long[] separatedPairs = new long[n];
        this.pairsWithout = new long[n];
        this.pieces = new int[n];
        long pairs = 0;
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (search.isRoot(v)) {
                int size = search.subtree(v);
                pairs += (long) size * (size - 1);
                count += size;
                continue;
            }
            int p = search.parent(v);
            if (p >= 0 && (search.separates(v) || search.isRoot(p))) {
                // a separate piece when p goes (for the root every child is one)
                int s = search.subtree(v);
                separatedSize[p] += s;
                separatedCount[p]++;
                separatedPairs[p] += (long) s * (s - 1);
            }
        }
        this.connectedPairs = pairs;
        this.remaining = count;
        for (int v = 0; v < n; v++) {
            if (removed[v]) {
                continue;
            }
            int c = search.componentSize(v);
            long after = pairs - (long) c * (c - 1) + separatedPairs[v];
            int pieceCount = separatedCount[v];
            if (!search.isRoot(v)) {
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
