package org.crimegraph.analysis;

/**
 * How central one vertex is, by each centrality measure of {@link NetworkScoring} (part of a
 * {@link VertexScore}). Conventions of each measure: docs/algorithms.md.
 *
 * @param degree                number of links
 * @param strength              sum of link weights (weighted degree)
 * @param betweenness           raw betweenness: unordered pairs of other vertices, each contributing the
 *                              fraction of its shortest paths through this vertex
 * @param normalisedBetweenness betweenness divided by {@code (n-1)(n-2)/2}
 * @param pageRank              weighted PageRank, α = 0.85 (scores sum to 1)
 * @param closeness             Wasserman–Faust closeness ({@link DistanceScores})
 * @param harmonic              harmonic centrality divided by {@code n−1} ({@link DistanceScores})
 * @param eigenvector           weighted eigenvector centrality, unit L2 norm ({@link EigenvectorCentrality})
 */
public record VertexCentrality(int degree, double strength, double betweenness, double normalisedBetweenness,
                               double pageRank, double closeness, double harmonic, double eigenvector) {
}
