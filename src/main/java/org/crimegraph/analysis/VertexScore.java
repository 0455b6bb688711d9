package org.crimegraph.analysis;

/**
 * All scores of one vertex, as computed by {@link NetworkScoring}.
 *
 * @param vertex                 the vertex (person id)
 * @param index                  its index in the {@link IndexedGraph}
 * @param degree                 number of links
 * @param strength               sum of link weights (weighted degree)
 * @param betweenness            raw betweenness: unordered pairs of other vertices, each contributing the
 *                               fraction of its shortest paths through this vertex
 * @param normalisedBetweenness  betweenness divided by {@code (n-1)(n-2)/2}
 * @param pageRank               weighted PageRank, α = 0.85 (scores sum to 1)
 * @param component              connected component number, 0 = largest
 * @param articulationPoint      true if removing the vertex splits its component
 * @param removal                what removing the vertex does to its component
 */
public record VertexScore<V>(
        V vertex,
        int index,
        int degree,
        double strength,
        double betweenness,
        double normalisedBetweenness,
        double pageRank,
        int component,
        boolean articulationPoint,
        RemovalEffect removal) {
}
