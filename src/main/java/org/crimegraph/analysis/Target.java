package org.crimegraph.analysis;

import java.util.List;

/**
 * A person ranked as a target for disrupting the network, with the numbers and evidence behind the
 * rank. See {@link TargetRanking} for the score.
 *
 * @param rank     1 = best target
 * @param personId the person
 * @param name     display name
 * @param score    composite score (see {@link TargetRanking})
 * @param measures the measures the score combines, with their ranks
 * @param position where the person stands in their component
 * @param grounds  the evidence and the reasons shown with the rank
 */
public record Target(int rank, String personId, String name, double score, Measures measures, Position position,
                     Grounds grounds) {

    /**
     * The measures behind the score.
     *
     * @param degree      number of links
     * @param betweenness normalised betweenness, its rank and percentile
     * @param pageRank    weighted PageRank, its rank and percentile
     * @param strength    weighted degree, its rank and percentile
     */
    public record Measures(int degree, MeasureRank betweenness, MeasureRank pageRank, MeasureRank strength) {
    }

    /**
     * The person's place in their component.
     *
     * @param articulationPoint true if removing the person splits their component
     * @param removal           what removing the person does to their component
     */
    public record Position(boolean articulationPoint, RemovalEffect removal) {
    }

    /**
     * What an analyst reads next to the rank.
     *
     * @param strongestLinks up to three strongest links, strongest first, as evidence
     * @param reasons        short human-readable reasons, most important first
     */
    public record Grounds(List<LinkEvidence> strongestLinks, List<String> reasons) {

        public Grounds {
            strongestLinks = List.copyOf(strongestLinks);
            reasons = List.copyOf(reasons);
        }
    }

    /** Number of links. */
    public int degree() {
        return measures.degree();
    }

    /** The mean of the three percentiles behind the score (betweenness, PageRank, strength), before any bonus. */
    public double meanPercentile() {
        return (betweenness().percentile() + pageRank().percentile() + strength().percentile()) / 3;
    }

    /** Normalised betweenness, its rank and percentile. */
    public MeasureRank betweenness() {
        return measures.betweenness();
    }

    /** Weighted PageRank, its rank and percentile. */
    public MeasureRank pageRank() {
        return measures.pageRank();
    }

    /** Weighted degree, its rank and percentile. */
    public MeasureRank strength() {
        return measures.strength();
    }

    /** True if removing the person splits their component. */
    public boolean articulationPoint() {
        return position.articulationPoint();
    }

    /** What removing the person does to their component. */
    public RemovalEffect removal() {
        return position.removal();
    }

    /** Up to three strongest links, strongest first. */
    public List<LinkEvidence> strongestLinks() {
        return grounds.strongestLinks();
    }

    /** Short human-readable reasons, most important first. */
    public List<String> reasons() {
        return grounds.reasons();
    }
}
