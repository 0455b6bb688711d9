package org.crimegraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.crimegraph.analysis.IndexedGraph;

/**
 * A seeded random graph with planted communities (a planted-partition / stochastic block model, after
 * Condon and Karp 2001): {@code n} vertices in equal communities of {@code communitySize}; each edge
 * picks a uniform endpoint, then with probability {@code 1 − mixing} a second endpoint in the same
 * community, otherwise anywhere. Exactly {@code m} distinct edges, no self-loops, unit weights.
 *
 * @param vertexCount    n
 * @param sources        first endpoint of each edge
 * @param targets        second endpoint of each edge
 * @param community      planted community of each vertex
 * @param mixing         fraction of edges drawn without regard to communities
 * @param seed           the seed
 */
record PlantedPartitionGraph(int vertexCount, int[] sources, int[] targets, int[] community, double mixing, long seed) {

    static PlantedPartitionGraph generate(int n, int m, int communitySize, double mixing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] community = new int[n];
        for (int v = 0; v < n; v++) {
            community[v] = v / communitySize;
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        Set<Long> seen = new HashSet<>(m * 2);
        int count = 0;
        while (count < m) {
            int u = random.nextInt(n);
            int v;
            if (random.nextDouble() < mixing) {
                v = random.nextInt(n);
            } else {
                int first = community[u] * communitySize;
                v = first + random.nextInt(Math.min(communitySize, n - first));
            }
            if (u == v || !seen.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
                continue;
            }
            sources[count] = u;
            targets[count] = v;
            count++;
        }
        return new PlantedPartitionGraph(n, sources, targets, community, mixing, seed);
    }

    int edgeCount() {
        return sources.length;
    }

    /** A short name like {@code 10k/50k}. */
    String label() {
        return short_(vertexCount) + "/" + short_(edgeCount());
    }

    private static String short_(int count) {
        return count % 1000 == 0 ? count / 1000 + "k" : Integer.toString(count);
    }

    /** Vertex names whose natural order is their number: {@code N0000042}. */
    static String name(int v) {
        return String.format("N%07d", v);
    }

    /** The vertex names, in vertex order. */
    List<String> names() {
        List<String> names = new ArrayList<>(vertexCount);
        for (int v = 0; v < vertexCount; v++) {
            names.add(name(v));
        }
        return names;
    }

    /** crimegraph's CSR form, built straight from the arrays. */
    IndexedGraph<String> indexed(List<String> names) {
        double[] weights = new double[edgeCount()];
        java.util.Arrays.fill(weights, 1.0);
        return IndexedGraph.fromEdges(names, sources, targets, weights, edgeCount());
    }

    /** Writes the edge list as CSV {@code source,target} with integer ids (read by igraph and by EdgeListFile). */
    void writeCsv(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,target\n");
            for (int e = 0; e < edgeCount(); e++) {
                out.write(Integer.toString(sources[e]));
                out.write(',');
                out.write(Integer.toString(targets[e]));
                out.write('\n');
            }
        }
    }
}
