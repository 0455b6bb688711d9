package org.crimegraph.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When a saved scoring run ran.
 *
 * @param startedAt  when scoring started
 * @param finishedAt when scoring finished (before the results were written)
 * @param steps      seconds per step (projection read, analysis, write), or null for runs saved before steps were timed
 */
public record RunTiming(Instant startedAt, Instant finishedAt, StepSeconds steps) {

    /** A timing without step seconds. */
    public RunTiming(Instant startedAt, Instant finishedAt) {
        this(startedAt, finishedAt, null);
    }

    /** How long the scoring took. */
    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
