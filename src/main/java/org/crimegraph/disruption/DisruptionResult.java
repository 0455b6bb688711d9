package org.crimegraph.disruption;

import java.util.List;

/**
 * Everything {@link DisruptionAnalysis} found: the recommended set with reasons, what removing it
 * does, the removal curves of the strategies compared, and the network after recovery.
 *
 * @param keyPlayers the KPP-Neg set
 * @param before     the whole network
 * @param after      the network left after removing the set
 * @param targets    the set's members with reasons, in the set's order
 * @param curves     one removal curve per strategy compared
 * @param recovery   the network after its recovery from removing the set (null if not asked for)
 * @param <V>        vertex type
 */
public record DisruptionResult<V>(KeyPlayerSet<V> keyPlayers, RemainderMeasures before, RemainderMeasures after,
                                  List<ExplainedTarget<V>> targets, List<RemovalCurve<V>> curves,
                                  RecoveryResult<V> recovery) {

    public DisruptionResult {
        targets = List.copyOf(targets);
        curves = List.copyOf(curves);
    }
}
