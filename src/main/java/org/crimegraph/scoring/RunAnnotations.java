package org.crimegraph.scoring;

import java.util.Map;
import java.util.Set;

/**
 * Results of analyses that run beside the core scoring and are saved with a run when present:
 * each person's community (and, for consensus communities, how stable it is) and the key-player set.
 * Empty when those analyses did not run; the run then stores no community and no key players.
 *
 * @param communities        person id to community number; empty if no community detection ran
 * @param communityStability person id to the stability of their membership; empty unless the communities
 *                           are a consensus of several runs
 * @param keyPlayers         the key-player set; empty if none was computed
 * @param communityMethod    how the communities were found, in words
 */
public record RunAnnotations(Map<String, Integer> communities, Map<String, Double> communityStability,
                             Set<String> keyPlayers, String communityMethod) {

    /** No community detection, no key players. */
    public static final RunAnnotations NONE = new RunAnnotations(Map.of(), Map.of(), Set.of(), "none");

    public RunAnnotations {
        communities = Map.copyOf(communities);
        communityStability = Map.copyOf(communityStability);
        keyPlayers = Set.copyOf(keyPlayers);
    }
}
