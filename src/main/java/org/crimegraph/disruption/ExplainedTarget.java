package org.crimegraph.disruption;

import java.util.List;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.RemovalEffect;

/**
 * One member of a recommended key-player set and why it is there.
 *
 * @param vertex            the person
 * @param contribution      the set's score minus its score without this member
 * @param alone             the network left if only this member were removed
 * @param betweenness       betweenness rank among all vertices
 * @param pageRank          PageRank rank
 * @param strength          strength (weighted degree) rank
 * @param articulationPoint true if removing it alone splits its component
 * @param removal           what removing it alone does to its component
 * @param communities       ids of the communities its links reach, its own first (empty if none were given)
 * @param reasons           human-readable reasons, most important first
 * @param <V>               vertex type
 */
public record ExplainedTarget<V>(V vertex, double contribution, RemainderMeasures alone, MeasureRank betweenness,
                                 MeasureRank pageRank, MeasureRank strength, boolean articulationPoint,
                                 RemovalEffect removal, List<Integer> communities, List<String> reasons) {

    public ExplainedTarget {
        communities = List.copyOf(communities);
        reasons = List.copyOf(reasons);
    }
}
