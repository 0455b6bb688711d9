package org.crimegraph.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.store.ConstraintConflictException;
import org.crimegraph.store.EntityKey;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;

/**
 * Where {@link Ingestion} writes what it has read, validated and normalised, and what it asks while doing
 * so: the ledger, which cited keys are not there yet, the reports already held. The transactional path
 * ({@link #of(GraphStore)}) asks the store and writes each batch as one transaction; the bulk path
 * ({@link BulkGraph}) answers from what it has accumulated in this run (its store is empty) and writes
 * everything at the end through the offline importer. Reading, validation, normalisation, reference
 * checks, rejects and counts are the same code for both.
 */
interface LoadTarget {

    /** Records that a file starts loading; true if an earlier run finished it. */
    boolean begin(String fileKey, String sha256, String kind, String fileName, int batchSize);

    /** The batches of a file an earlier run completed. */
    Map<Long, IngestLedger.BatchCounts> completedBatches(String fileKey);

    /** The keys among {@code ids} that no node of this kind has yet. */
    Set<String> missing(EntityKey key, Collection<String> ids);

    /** The stored reports among {@code ids}: reportId, agency, grade, handling (cypher/lookup/reports). */
    List<Map<String, Object>> storedReports(List<String> ids);

    /**
     * Writes one batch: the type statements' rows in load order ({@code writes}), then the ledger entry
     * ({@code batchDone}), all or nothing.
     */
    void write(List<GraphStore.Write> writes, GraphStore.Write batchDone);

    /** Records that every batch of a file is written. */
    void finish(String fileKey, long batches, IngestLedger.BatchCounts totals);

    /** Called once after the last file: a target that writes at the end writes now. */
    void loaded();

    /** Events whose claims disagree, counted after the load (docs/provenance.md §3). */
    long conflictingEvents();

    /**
     * True if reading and checking are this target's critical path, so that {@link Ingestion} should read
     * the files ahead and map batches in parallel (the bulk path; same batches, rejects and ledger). The
     * transactional path reads one batch ahead of its writer: its writes are the slow part, and the ledger
     * of an earlier run decides, file by file, what to read at all.
     */
    default boolean readsAhead() {
        return false;
    }

    /** The transactional path: one transaction per batch against {@code store}. */
    static LoadTarget of(GraphStore store) {
        IngestLedger ledger = new IngestLedger(store);
        return new LoadTarget() {
            @Override
            public boolean begin(String fileKey, String sha256, String kind, String fileName, int batchSize) {
                return ledger.begin(fileKey, sha256, kind, fileName, batchSize);
            }

            @Override
            public Map<Long, IngestLedger.BatchCounts> completedBatches(String fileKey) {
                return ledger.completedBatches(fileKey);
            }

            @Override
            public Set<String> missing(EntityKey key, Collection<String> ids) {
                return store.missing(key, ids);
            }

            @Override
            public List<Map<String, Object>> storedReports(List<String> ids) {
                return store.readRows("lookup/reports", Map.of("ids", ids));
            }

            @Override
            public void write(List<GraphStore.Write> writes, GraphStore.Write batchDone) {
                List<GraphStore.Write> all = new java.util.ArrayList<>(writes);
                all.add(batchDone);
                try {
                    store.inTransaction(tx -> all.forEach(write -> EventCreation.write(tx, write)));
                } catch (ConstraintConflictException e) {
                    store.writeAll(all); // another writer created one of the events meanwhile: merge the whole batch
                }
            }

            @Override
            public void finish(String fileKey, long batches, IngestLedger.BatchCounts totals) {
                ledger.finish(fileKey, batches, totals);
            }

            @Override
            public void loaded() {
            }

            @Override
            public long conflictingEvents() {
                return ((Number) store.readRows("status/conflicting-events", Map.of()).get(0).get("conflicting")).longValue();
            }
        };
    }
}
