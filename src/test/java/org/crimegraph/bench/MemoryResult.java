package org.crimegraph.bench;

/**
 * Heap held by one graph representation.
 *
 * @param graph     graph label
 * @param structure what was measured
 * @param bytes     retained bytes
 * @param edges     number of edges, for bytes per edge
 * @param basis     how: "retained heap" (MemoryMXBean after GC) or "array sizes"
 */
record MemoryResult(String graph, String structure, long bytes, int edges, String basis) {

    double bytesPerEdge() {
        return (double) bytes / edges;
    }
}
