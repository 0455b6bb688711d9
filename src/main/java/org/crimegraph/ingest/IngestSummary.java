package org.crimegraph.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param files          per file: its kind, rows read, loaded and rejected, in load order
 * @param rejects        the rejected rows (the first {@link Ingestion#REJECTS_KEPT}; all are in the rejects file)
 * @param rejected       how many rows were rejected in all (with those of batches resumed from the ledger)
 * @param elapsed        wall time
 * @param stoppedBecause why the run stopped before the end (too many rejects), or null if it finished
 * @param conflictingEvents events in the store (calls, transactions, crossings, meetings) whose claims from
 *                          different reports disagree (docs/provenance.md §3), counted after the load
 */
public record IngestSummary(List<FileCounts> files, List<Reject> rejects, long rejected, Duration elapsed,
                            String stoppedBecause, long conflictingEvents) {

    /**
     * Counts for one file. {@code read}, {@code loaded} and {@code rejected} cover the whole file,
     * including batches an earlier (interrupted or complete) run had written: those are
     * {@code resumedBatches} batches holding {@code resumedRows} records, not written again.
     *
     * @param kind record type name, or {@code bundle} for a JSON Lines report bundle
     * @param type the record type of a CSV file, null for a bundle
     */
    public record FileCounts(String file, String kind, RecordType type, long read, long loaded, long rejected,
                             long batches, long resumedBatches, long resumedRows) {
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileCounts::read).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileCounts::loaded).sum();
    }

    /** True if every file was read to the end. */
    public boolean complete() {
        return stoppedBecause == null;
    }
}
