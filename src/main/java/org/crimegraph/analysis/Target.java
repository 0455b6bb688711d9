package org.crimegraph.analysis;

import java.util.List;

/**
 * A person ranked as a target for disrupting the network, with the numbers and evidence behind the
 * rank. See {@link TargetRanking} for the score.
 *
 * @param rank              1 = best target
 * @param personId          the person
 * @param name              display name
 * @param score             composite score (see {@link TargetRanking})
 * @param degree            number of links
 * @param betweenness       normalised betweenness, its rank and percentile
 * @param pageRank          weighted PageRank, its rank and percentile
 * @param strength          weighted degree, its rank and percentile
 * @param articulationPoint true if removing the person splits their component
 * @param removal           what removing the person does to their component
 * @param strongestLinks    up to three strongest links, strongest first, as evidence
 * @param reasons           short human-readable reasons, most important first
 */
public record Target(
        int rank,
        String personId,
        String name,
        double score,
        int degree,
        MeasureRank betweenness,
        MeasureRank pageRank,
        MeasureRank strength,
        boolean articulationPoint,
        RemovalEffect removal,
        List<LinkEvidence> strongestLinks,
        List<String> reasons) {

    public Target {
        strongestLinks = List.copyOf(strongestLinks);
        reasons = List.copyOf(reasons);
    }
}
