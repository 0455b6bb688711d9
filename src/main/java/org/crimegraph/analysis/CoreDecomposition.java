package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * k-core number of every vertex (its coreness): the largest {@code k} such that the vertex belongs
 * to a subgraph in which every vertex has at least {@code k} links. Computed by the O(n + m)
 * bucket algorithm of V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks", arXiv cs/0310049, 2003: repeatedly remove a vertex of least remaining degree, keeping
 * vertices in an array sorted by degree with bucket boundaries so each removal is O(1) per link.
 *
 * <p>Why: the innermost cores are the tightly knit groups whose members each keep many ties after
 * the loosely attached periphery is peeled away — the hard core of an organisation.
 *
 * <p>Convention: unweighted links (weights are ignored), self-loops already dropped by
 * {@link IndexedGraph}; isolated vertices have coreness 0. Matches NetworkX {@code core_number}.
 *
 * @param <V> vertex type
 */
public final class CoreDecomposition<V extends Comparable<V>> {

    private final int[] core;

    public CoreDecomposition(IndexedGraph<V> graph) {
        int n = graph.vertexCount();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        // bucket sort the vertices by degree: bin[d] = first position of degree d in vert
        int[] bin = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            bin[degree[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] vert = new int[n];
        int[] pos = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[degree[v]];
            vert[pos[v]] = v;
            bin[degree[v]]++;
        }
        for (int d = maxDegree; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        if (maxDegree >= 0 && n > 0) {
            bin[0] = 0;
        }
        // peel: degree[v] becomes v's core number when v is reached
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                int u = graph.neighbour(k);
                if (degree[u] > degree[v]) {
                    int du = degree[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    degree[u]--;
                }
            }
        }
        this.core = degree;
    }

    /** Core number of vertex {@code i}. */
    public int coreness(int i) {
        return core[i];
    }

    /** A copy of all core numbers, indexed like the graph. */
    public int[] values() {
        return Arrays.copyOf(core, core.length);
    }
}
