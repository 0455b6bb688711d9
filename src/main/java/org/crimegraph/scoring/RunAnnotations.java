package org.crimegraph.scoring;

import java.util.Map;
import java.util.Set;

/**
 * Results of analyses that run beside the core scoring and are saved with a run when present:
 * each person's community and the key-player set. Empty when those analyses did not run; the run
 * then stores no community and no key players.
 *
 * @param communities person id to community number; empty if no community detection ran
 * @param keyPlayers  the key-player set; empty if none was computed
 */
public record RunAnnotations(Map<String, Integer> communities, Set<String> keyPlayers) {

    /** No community detection, no key players. */
    public static final RunAnnotations NONE = new RunAnnotations(Map.of(), Set.of());

    public RunAnnotations {
        communities = Map.copyOf(communities);
        keyPlayers = Set.copyOf(keyPlayers);
    }
}
