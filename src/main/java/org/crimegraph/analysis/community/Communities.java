package org.crimegraph.analysis.community;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;

/**
 * A partition of a graph's vertices into communities, with how it was found and its modularity.
 *
 * <p>Community ids are canonical, so that the same partition always prints the same way whatever
 * the algorithm's internal numbering: community 0 is the largest; communities of equal size are
 * ordered by their smallest member's vertex index. Every vertex, isolated or not, belongs to exactly
 * one community (an isolated vertex is a community of its own).
 */
public final class Communities {

    private final String algorithm;
    private final double resolution;
    private final long seed;
    private final int[] membership;
    private final int[] sizes;
    private final double modularity;

    private Communities(String algorithm, double resolution, long seed, int[] membership, int[] sizes,
                        double modularity) {
        this.algorithm = algorithm;
        this.resolution = resolution;
        this.seed = seed;
        this.membership = membership;
        this.sizes = sizes;
        this.modularity = modularity;
    }

    /**
     * Renumbers a raw membership (any non-negative ids) canonically and computes its modularity on the graph.
     */
    public static Communities of(String algorithm, double resolution, long seed, IndexedGraph<?> graph,
                                 int[] rawMembership) {
        int n = rawMembership.length;
        int[] membership = rawMembership.clone();
        int max = 0;
        for (int c : membership) {
            if (c < 0) {
                throw new IllegalArgumentException("negative community id " + c);
            }
            max = Math.max(max, c);
        }
        int count = n == 0 ? 0 : WorkGraph.compact(membership, max + 1);
        // first-appearance numbering already orders equal sizes by smallest member; sort by size, stable
        int[] rawSizes = new int[count];
        for (int c : membership) {
            rawSizes[c]++;
        }
        long[] keys = new long[count];
        for (int c = 0; c < count; c++) {
            keys[c] = ((long) (Integer.MAX_VALUE - rawSizes[c]) << 32) | c;
        }
        Arrays.sort(keys);
        int[] rank = new int[count];
        int[] sizes = new int[count];
        for (int r = 0; r < count; r++) {
            int c = (int) keys[r];
            rank[c] = r;
            sizes[r] = rawSizes[c];
        }
        for (int i = 0; i < n; i++) {
            membership[i] = rank[membership[i]];
        }
        return new Communities(algorithm, resolution, seed, membership, sizes,
                Modularity.of(graph, membership, count, resolution));
    }

    /** The algorithm that found the partition: louvain, leiden or label-propagation. */
    public String algorithm() {
        return algorithm;
    }

    /** The resolution γ used (and used for the reported modularity). */
    public double resolution() {
        return resolution;
    }

    /** The random seed. */
    public long seed() {
        return seed;
    }

    /** Number of communities. */
    public int count() {
        return sizes.length;
    }

    /** Modularity of the partition at {@link #resolution()}, as NetworkX computes it. */
    public double modularity() {
        return modularity;
    }

    /** The community of vertex index {@code i}. */
    public int communityOf(int i) {
        return membership[i];
    }

    /** Community id of every vertex index (a copy). */
    public int[] membership() {
        return membership.clone();
    }

    /** Size of community {@code c}. */
    public int size(int c) {
        return sizes[c];
    }

    /** The vertex indices of community {@code c}, increasing. */
    public int[] members(int c) {
        int[] out = new int[sizes[c]];
        int k = 0;
        for (int i = 0; i < membership.length && k < out.length; i++) {
            if (membership[i] == c) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** True if both partitions put the same vertices together (ids included: they are canonical). */
    public boolean samePartition(Communities other) {
        return Arrays.equals(membership, other.membership);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %d communities, modularity %.6f (resolution %s, seed %d)",
                algorithm, count(), modularity, resolution, seed);
    }
}
