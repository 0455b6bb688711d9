package org.crimegraph.app.score;

import java.util.Set;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.KeyPlayerSearch;
import org.crimegraph.scoring.ScoringResult;

/**
 * The key-player set saved with a run or computed for an export: the persons whose joint removal
 * fragments the network most (Borgatti 2006, KPP-Neg with fragmentation F, greedy plus swaps, seeded).
 */
public final class KeyPlayerSet {

    /** What the set maximises, in words (the export manifest states it). */
    public static final String MEASURE = "F (fragmentation; Borgatti 2006, KPP-Neg)";

    private KeyPlayerSet() {
    }

    /** The key-player set of {@code size} (capped at the network's size; 0 for none), seeded. */
    public static Set<String> of(ScoringResult result, int size, long seed, Monitor monitor) {
        if (size < 0) {
            throw new IllegalArgumentException("--key-players must be 0 or more");
        }
        var graph = IndexedGraph.of(result.network().graph());
        int k = Math.min(size, graph.vertexCount());
        if (k == 0) {
            return Set.of();
        }
        var search = new KeyPlayerSearch<>(graph, KeyPlayerMeasure.F, KeyPlayerSearch.Parameters.DEFAULTS.withSeed(seed));
        return Set.copyOf(search.find(k, monitor).members());
    }
}
