package org.crimegraph.disruption;

import java.util.List;

/**
 * A key-player set found by {@link KeyPlayerSearch}.
 *
 * @param measure      what the set maximises
 * @param members      the set, in decreasing order of marginal contribution (ties by id)
 * @param score        the measure for the set (for F and DF: of the graph left after removing it)
 * @param baseline     the measure with the empty set (for F and DF: of the whole graph)
 * @param contribution per member, in the order of {@code members}: score(set) − score(set without it)
 * @param evaluations  candidate evaluations made by the search (greedy, swaps, restarts)
 * @param <V>          vertex type
 */
public record KeyPlayerSet<V>(KeyPlayerMeasure measure, List<V> members, double score, double baseline,
                              List<Double> contribution, long evaluations) {

    public KeyPlayerSet {
        members = List.copyOf(members);
        contribution = List.copyOf(contribution);
    }
}
