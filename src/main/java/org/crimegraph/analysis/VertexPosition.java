package org.crimegraph.analysis;

/**
 * Where one vertex sits in the structure of the network (part of a {@link VertexScore}).
 *
 * @param coreness          k-core number ({@link CoreDecomposition})
 * @param clustering        local clustering coefficient ({@link LocalClustering})
 * @param component         connected component number, 0 = largest
 * @param articulationPoint true if removing the vertex splits its component
 * @param removal           what removing the vertex does to its component
 */
public record VertexPosition(int coreness, double clustering, int component, boolean articulationPoint,
                             RemovalEffect removal) {
}
