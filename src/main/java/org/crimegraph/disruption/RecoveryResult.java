package org.crimegraph.disruption;

import java.util.List;

/**
 * What a disruption does once the network has had time to recover.
 *
 * @param rule      the rewiring rule
 * @param removed   the removed persons
 * @param before    the whole network
 * @param disrupted the remainder right after the removals
 * @param recovered the remainder plus the new links
 * @param newLinks  the new links, each as a pair of ids
 * @param <V>       vertex type
 */
public record RecoveryResult<V>(RecoveryRule rule, List<V> removed, RemainderMeasures before,
                                RemainderMeasures disrupted, RemainderMeasures recovered, List<List<V>> newLinks) {

    public RecoveryResult {
        removed = List.copyOf(removed);
        newLinks = List.copyOf(newLinks);
    }

    /**
     * Share of the efficiency lost to the disruption that the recovery wins back: 0 = none, 1 = all,
     * above 1 = the recovered network is more efficient than before (NaN if nothing was lost).
     */
    public double efficiencyRecovered() {
        double lost = before.efficiency() - disrupted.efficiency();
        return lost == 0 ? Double.NaN : (recovered.efficiency() - disrupted.efficiency()) / lost;
    }

    /**
     * "weaker" if the recovered network keeps less than 90% of its efficiency before the disruption,
     * otherwise "reorganised" (Duijn et al.'s finding that disruption can leave a network as efficient
     * as before, only rewired).
     */
    public String verdict() {
        return before.efficiency() == 0 || recovered.efficiency() < 0.9 * before.efficiency() ? "weaker" : "reorganised";
    }
}
