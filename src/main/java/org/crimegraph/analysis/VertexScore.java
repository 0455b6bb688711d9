package org.crimegraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All scores of one vertex, as computed by {@link NetworkScoring}. Conventions of each measure:
 * docs/algorithms.md.
 *
 * @param vertex                 the vertex (person id)
 * @param index                  its index in the {@link IndexedGraph}
 * @param degree                 number of links
 * @param strength               sum of link weights (weighted degree)
 * @param betweenness            raw betweenness: unordered pairs of other vertices, each contributing the
 *                               fraction of its shortest paths through this vertex
 * @param normalisedBetweenness  betweenness divided by {@code (n-1)(n-2)/2}
 * @param pageRank               weighted PageRank, α = 0.85 (scores sum to 1)
 * @param closeness              Wasserman–Faust closeness ({@link DistanceScores})
 * @param harmonic               harmonic centrality divided by {@code n−1} ({@link DistanceScores})
 * @param eigenvector            weighted eigenvector centrality, unit L2 norm ({@link EigenvectorCentrality})
 * @param coreness               k-core number ({@link CoreDecomposition})
 * @param clustering             local clustering coefficient ({@link LocalClustering})
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
        double closeness,
        double harmonic,
        double eigenvector,
        int coreness,
        double clustering,
        int component,
        boolean articulationPoint,
        RemovalEffect removal) {

    /** Measure key: number of links. */
    public static final String DEGREE = "degree";
    /** Measure key: weighted degree. */
    public static final String STRENGTH = "strength";
    /** Measure key: normalised betweenness. */
    public static final String BETWEENNESS = "betweenness";
    /** Measure key: raw betweenness. */
    public static final String BETWEENNESS_RAW = "betweennessRaw";
    /** Measure key: weighted PageRank. */
    public static final String PAGERANK = "pagerank";
    /** Measure key: Wasserman–Faust closeness. */
    public static final String CLOSENESS = "closeness";
    /** Measure key: harmonic centrality divided by n−1. */
    public static final String HARMONIC = "harmonic";
    /** Measure key: eigenvector centrality. */
    public static final String EIGENVECTOR = "eigenvector";
    /** Measure key: k-core number. */
    public static final String CORENESS = "coreness";
    /** Measure key: local clustering coefficient. */
    public static final String CLUSTERING = "clustering";

    /** Every measure key, in the order of {@link #measures()}. */
    public static final List<String> MEASURES = List.of(DEGREE, STRENGTH, BETWEENNESS, BETWEENNESS_RAW, PAGERANK,
            CLOSENESS, HARMONIC, EIGENVECTOR, CORENESS, CLUSTERING);

    /**
     * Every per-vertex measure by key ({@link #MEASURES}, in that order), so that exports and saved
     * runs can carry all measures without naming each one. Counts (degree, coreness) are given as
     * whole-number doubles.
     */
    public Map<String, Double> measures() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(DEGREE, (double) degree);
        map.put(STRENGTH, strength);
        map.put(BETWEENNESS, normalisedBetweenness);
        map.put(BETWEENNESS_RAW, betweenness);
        map.put(PAGERANK, pageRank);
        map.put(CLOSENESS, closeness);
        map.put(HARMONIC, harmonic);
        map.put(EIGENVECTOR, eigenvector);
        map.put(CORENESS, (double) coreness);
        map.put(CLUSTERING, clustering);
        return Collections.unmodifiableMap(map);
    }

    /**
     * One measure by key.
     *
     * @throws IllegalArgumentException for an unknown key
     */
    public double measure(String key) {
        return switch (key) {
            case DEGREE -> degree;
            case STRENGTH -> strength;
            case BETWEENNESS -> normalisedBetweenness;
            case BETWEENNESS_RAW -> betweenness;
            case PAGERANK -> pageRank;
            case CLOSENESS -> closeness;
            case HARMONIC -> harmonic;
            case EIGENVECTOR -> eigenvector;
            case CORENESS -> coreness;
            case CLUSTERING -> clustering;
            default -> throw new IllegalArgumentException("unknown measure: " + key + " (known: " + MEASURES + ")");
        };
    }
}
