package org.crimegraph.export;

import java.util.List;

/**
 * Where an export's community and key-player columns come from, stated in its manifest. A part that
 * is null was not computed, and the export then has no such column: an empty community or a
 * {@code key_player = false} is never written as if it were a result.
 *
 * @param communities the community detection, or null
 * @param keyPlayers  the key-player search, or null
 * @param scoringMode how betweenness, closeness and harmonic were computed, in one line
 *                    ({@code ScoringMode.describe()}: exact, or sampled with its ε, δ and seed), or null if not known;
 *                    a reader of sampled values must be told they are estimates within a bound
 */
public record ExportAnalyses(Communities communities, KeyPlayers keyPlayers, String scoringMode) {

    /** Nothing computed beside the scores. */
    public static final ExportAnalyses NONE = new ExportAnalyses(null, null, null);

    /**
     * @param algorithm  e.g. {@code leiden}, or null if the saved run does not say
     * @param resolution resolution parameter, or null if unknown
     * @param seed       seed of the randomised detection
     * @param count      number of communities
     * @param source     {@code "computed for this export"} or {@code "saved run ID"}
     */
    public record Communities(String algorithm, Double resolution, long seed, long count, String source) {
    }

    /**
     * @param measure what the set maximises, e.g. {@code F (fragmentation; Borgatti 2006, KPP-Neg)}
     * @param size    number of key players
     * @param seed    seed of the search
     * @param members the key players, sorted
     * @param source  {@code "computed for this export"} or {@code "saved run ID"}
     */
    public record KeyPlayers(String measure, int size, long seed, List<String> members, String source) {
        public KeyPlayers {
            members = List.copyOf(members);
        }
    }
}
