package org.crimegraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All scores of one vertex, as computed by {@link NetworkScoring}: how central it is and where it sits
 * in the structure. Conventions of each measure: docs/algorithms.md. The accessors of both parts are
 * repeated here ({@link #pageRank()}, {@link #coreness()}, ...) so that readers need not know the split.
 *
 * @param vertex     the vertex (person id)
 * @param index      its index in the {@link IndexedGraph}
 * @param centrality its centrality scores
 * @param position   its place in the structure (core, clustering, component, cut vertex)
 */
public record VertexScore<V>(V vertex, int index, VertexCentrality centrality, VertexPosition position) {

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

    /** See {@link VertexCentrality#degree()}. */
    public int degree() {
        return centrality.degree();
    }

    /** See {@link VertexCentrality#strength()}. */
    public double strength() {
        return centrality.strength();
    }

    /** See {@link VertexCentrality#betweenness()}. */
    public double betweenness() {
        return centrality.betweenness();
    }

    /** See {@link VertexCentrality#normalisedBetweenness()}. */
    public double normalisedBetweenness() {
        return centrality.normalisedBetweenness();
    }

    /** See {@link VertexCentrality#pageRank()}. */
    public double pageRank() {
        return centrality.pageRank();
    }

    /** See {@link VertexCentrality#closeness()}. */
    public double closeness() {
        return centrality.closeness();
    }

    /** See {@link VertexCentrality#harmonic()}. */
    public double harmonic() {
        return centrality.harmonic();
    }

    /** See {@link VertexCentrality#eigenvector()}. */
    public double eigenvector() {
        return centrality.eigenvector();
    }

    /** See {@link VertexPosition#coreness()}. */
    public int coreness() {
        return position.coreness();
    }

    /** See {@link VertexPosition#clustering()}. */
    public double clustering() {
        return position.clustering();
    }

    /** See {@link VertexPosition#component()}. */
    public int component() {
        return position.component();
    }

    /** See {@link VertexPosition#articulationPoint()}. */
    public boolean articulationPoint() {
        return position.articulationPoint();
    }

    /** See {@link VertexPosition#removal()}. */
    public RemovalEffect removal() {
        return position.removal();
    }

    /**
     * Every per-vertex measure by key ({@link #MEASURES}, in that order), so that exports and saved
     * runs can carry all measures without naming each one. Counts (degree, coreness) are given as
     * whole-number doubles.
     */
    public Map<String, Double> measures() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(DEGREE, (double) degree());
        map.put(STRENGTH, strength());
        map.put(BETWEENNESS, normalisedBetweenness());
        map.put(BETWEENNESS_RAW, betweenness());
        map.put(PAGERANK, pageRank());
        map.put(CLOSENESS, closeness());
        map.put(HARMONIC, harmonic());
        map.put(EIGENVECTOR, eigenvector());
        map.put(CORENESS, (double) coreness());
        map.put(CLUSTERING, clustering());
        return Collections.unmodifiableMap(map);
    }

    /**
     * One measure by key.
     *
     * @throws IllegalArgumentException for an unknown key
     */
    public double measure(String key) {
        return switch (key) {
            case DEGREE -> degree();
            case STRENGTH -> strength();
            case BETWEENNESS -> normalisedBetweenness();
            case BETWEENNESS_RAW -> betweenness();
            case PAGERANK -> pageRank();
            case CLOSENESS -> closeness();
            case HARMONIC -> harmonic();
            case EIGENVECTOR -> eigenvector();
            case CORENESS -> coreness();
            case CLUSTERING -> clustering();
            default -> throw new IllegalArgumentException("unknown measure: " + key + " (known: " + MEASURES + ")");
        };
    }
}
