package org.crimegraph.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A saved scoring run as the store keeps it (label {@code ScoringRun}): when it ran, with what
 * parameters and software, on how much input, and the network-wide results. The per-person results
 * are {@link PersonResult}s linked to it. Runs are never overwritten: each has its own id.
 *
 * @param runId          unique, sortable by time, e.g. {@code 20261122T084100Z-3f9a}
 * @param startedAt      when scoring started
 * @param finishedAt     when scoring finished (before the results were written)
 * @param version        crimegraph version that scored
 * @param release        the evidence rule: most restrictive handling code and weakest grade used, and in words
 * @param threads        threads used
 * @param seed           seed handed to randomised analyses (communities, sampling)
 * @param persons        persons in the projected network
 * @param links          links in the projected network
 * @param componentSizes connected component sizes, largest first
 * @param pathLength     how path lengths were measured
 * @param inputCounts    node counts by label in the store when the run started
 * @param measureNames   names of the per-person measures, in order
 * @param auditLog       the audit log the run was recorded in (absolute path), or null
 * @param auditHash      SHA-256 of the run's own audit line, or null
 */
public record ScoringRunRecord(
        String runId,
        Instant startedAt,
        Instant finishedAt,
        String version,
        ReleaseRule release,
        int threads,
        long seed,
        int persons,
        int links,
        List<Integer> componentSizes,
        String pathLength,
        Map<String, Long> inputCounts,
        List<String> measureNames,
        String auditLog,
        String auditHash) {

    public ScoringRunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(release, "release");
        componentSizes = List.copyOf(componentSizes);
        inputCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputCounts));
        measureNames = List.copyOf(measureNames);
    }

    /** The evidence rule in words. */
    public String releaseRule() {
        return release.description();
    }

    /** The same run with its audit line recorded. */
    public ScoringRunRecord withAudit(String log, String hash) {
        return new ScoringRunRecord(runId, startedAt, finishedAt, version, release, threads,
                seed, persons, links, componentSizes, pathLength, inputCounts, measureNames, log, hash);
    }
}
