package org.crimegraph.analysis;

import java.util.Arrays;

/**
 * Connected components of an {@link IndexedGraph} by iterative breadth-first search (no recursion,
 * so any graph size is safe). Components are numbered largest first; equal sizes are ordered by their
 * smallest vertex index, so numbering is deterministic.
 *
 * <p>Why: the size of the largest component, and how it shrinks when persons are removed, is the
 * basic measure of how much of a network can still reach itself.
 *
 * @param <V> vertex type
 */
public final class ConnectedComponents<V extends Comparable<V>> {

    private final int[] componentOf;
    private final int[] sizes;

    public ConnectedComponents(IndexedGraph<V> graph) {
        int n = graph.vertexCount();
        int[] label = labels(graph, new int[n]);
        int count = 0;
        for (int l : label) {
            count = Math.max(count, l + 1);
        }
        int[] found = new int[count];
        for (int l : label) {
            found[l]++;
        }
        // renumber: larger first, then by discovery order (= smallest vertex index)
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> found[a] != found[b] ? Integer.compare(found[b], found[a]) : Integer.compare(a, b));
        int[] rename = new int[count];
        this.sizes = new int[count];
        for (int c = 0; c < count; c++) {
            rename[order[c]] = c;
            sizes[c] = found[order[c]];
        }
        for (int v = 0; v < n; v++) {
            label[v] = rename[label[v]];
        }
        this.componentOf = label;
    }

    /**
     * Labels the connected parts of the graph restricted to groups: a search follows an edge only
     * between two vertices of the same group, and vertices whose group is negative are left out
     * (label -1). Parts are numbered 0, 1, … in order of their smallest vertex. With every group 0
     * these are the connected components; with a removal mask (-1 = removed) those of what remains;
     * with a community membership, the connected pieces of each community.
     */
    public static int[] labels(IndexedGraph<?> graph, int[] group) {
        int n = graph.vertexCount();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (label[root] >= 0 || group[root] < 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            label[root] = count;
            queue[tail++] = root;
            while (head < tail) {
                int v = queue[head++];
                for (int k = graph.start(v), end = graph.end(v); k < end; k++) {
                    int w = graph.neighbour(k);
                    if (label[w] < 0 && group[w] == group[v]) {
                        label[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return label;
    }

    /** Number of components. */
    public int count() {
        return sizes.length;
    }

    /** Component number of vertex {@code i}: 0 is the largest. */
    public int componentOf(int i) {
        return componentOf[i];
    }

    /** Number of vertices in component {@code c}. */
    public int size(int c) {
        return sizes[c];
    }

    /** Component sizes, largest first (a copy). */
    public int[] sizes() {
        return Arrays.copyOf(sizes, sizes.length);
    }

    /** Size of the largest component (0 for an empty graph). */
    public int largestSize() {
        return sizes.length == 0 ? 0 : sizes[0];
    }
}
