package org.crimegraph.model;

import java.util.Objects;

/**
 * A saved scoring run as the store keeps it (label {@code ScoringRun}): when it ran ({@link RunTiming}),
 * how it was made ({@link RunSetup}: software, release rule, threads, seed, measures), on how much input
 * ({@link RunInput}) and where its audit line is ({@link RunAudit}). The per-person results are
 * {@link PersonResult}s linked to it. Runs are never overwritten: each has its own id.
 *
 * @param runId unique, sortable by time, e.g. {@code 20261122T084100Z-3f9a}
 */
public record ScoringRunRecord(String runId, RunTiming timing, RunSetup setup, RunInput input, RunAudit audit) {

    public ScoringRunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(input, "input");
        audit = audit == null ? RunAudit.NONE : audit;
    }

    /** The same run with the seconds its write took. */
    public ScoringRunRecord withWriteSeconds(double seconds) {
        return timing.steps() == null ? this : new ScoringRunRecord(runId,
                new RunTiming(timing.startedAt(), timing.finishedAt(), timing.steps().withWrite(seconds)), setup, input, audit);
    }

    /** The same run with its audit line recorded. */
    public ScoringRunRecord withAudit(String log, String hash) {
        return new ScoringRunRecord(runId, timing, setup, input, new RunAudit(log, hash));
    }
}
