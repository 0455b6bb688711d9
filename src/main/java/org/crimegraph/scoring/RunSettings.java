package org.crimegraph.scoring;

/**
 * The parameters a scoring run is made with, recorded with it.
 *
 * @param threads threads used for betweenness
 * @param seed    seed handed to randomised analyses (community detection, sampling)
 * @param reasonsKept reasons are saved for this many of the best-ranked persons (all measures are saved for everyone)
 */
public record RunSettings(int threads, long seed, int reasonsKept) {

    /** Reasons are saved for the best 100 persons by default. */
    public static final int DEFAULT_REASONS_KEPT = 100;

    public RunSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (reasonsKept < 0) {
            throw new IllegalArgumentException("reasons kept must not be negative");
        }
    }
}
