package org.crimegraph.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When a saved scoring run ran.
 *
 * @param startedAt  when scoring started
 * @param finishedAt when scoring finished (before the results were written)
 */
public record RunTiming(Instant startedAt, Instant finishedAt) {

    /** How long the scoring took. */
    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
