package org.crimegraph.store;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingestion ledger kept in the store ({@code cypher/ledger/}): for each input file, identified by
 * its content SHA-256 and the settings that shape the graph, which batches are already written. A
 * batch's ledger entry is written in the same transaction as its data ({@link #batchDone}), so after a
 * crash the ledger never claims a batch the store does not hold; a rerun skips exactly those batches.
 */
public final class IngestLedger {

    private final GraphStore store;

    public IngestLedger(GraphStore store) {
        this.store = store;
    }

    /** Counts of one completed batch. */
    public record BatchCounts(long read, long loaded, long rejected) {
    }

    /** One input file in the ledger. */
    public record FileEntry(String fileKey, String fileName, String type, String sha256, ZonedDateTime startedAt,
                            ZonedDateTime finishedAt, long completedBatches, Long read, Long loaded, Long rejected) {
    }

    /**
     * Records that a run starts loading a file; returns true if an earlier run finished it.
     *
     * @param fileKey   content hash, type and load settings
     * @param sha256    the file content's SHA-256 (hex)
     * @param type      record type name (or {@code bundle})
     * @param fileName  the file as given on this run (informative)
     * @param batchSize rows per batch
     */
    public boolean begin(String fileKey, String sha256, String type, String fileName, int batchSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("fileKey", fileKey);
        parameters.put("sha256", sha256);
        parameters.put("type", type);
        parameters.put("fileName", fileName);
        parameters.put("batchSize", batchSize);
        return store.writeAndRead("ledger/begin-file", parameters, r -> r.get("finished").asBoolean()).get(0);
    }

    /** The batches of a file that earlier runs completed, by batch number (from 1). */
    public Map<Long, BatchCounts> completedBatches(String fileKey) {
        Map<Long, BatchCounts> done = new LinkedHashMap<>();
        store.read("ledger/completed-batches", Map.of("fileKey", fileKey), r -> done.put(r.get("batch").asLong(),
                new BatchCounts(r.get("read").asLong(), r.get("loaded").asLong(), r.get("rejected").asLong())));
        return done;
    }

    /** The statement that marks a batch done; run it in the batch's transaction. */
    public static GraphStore.Write batchDone(String fileKey, long batch, BatchCounts counts) {
        return new GraphStore.Write("ledger/batch-done", Map.of("fileKey", fileKey, "batch", batch,
                "read", counts.read(), "loaded", counts.loaded(), "rejected", counts.rejected()));
    }

    /** Records that every batch of a file is written, with the file's totals. */
    public void finish(String fileKey, long batches, BatchCounts totals) {
        store.writeAll(List.of(new GraphStore.Write("ledger/finish-file", Map.of("fileKey", fileKey,
                "batches", batches, "read", totals.read(), "loaded", totals.loaded(), "rejected", totals.rejected()))));
    }

    /** Every file in the ledger, newest first. */
    public List<FileEntry> files() {
        return store.read("ledger/files", Map.of(), r -> new FileEntry(r.get("fileKey").asString(),
                r.get("fileName").asString(null), r.get("type").asString(null), r.get("sha256").asString(null),
                r.get("startedAt").isNull() ? null : r.get("startedAt").asZonedDateTime(),
                r.get("finishedAt").isNull() ? null : r.get("finishedAt").asZonedDateTime(),
                r.get("completedBatches").asLong(),
                r.get("read").isNull() ? null : r.get("read").asLong(),
                r.get("loaded").isNull() ? null : r.get("loaded").asLong(),
                r.get("rejected").isNull() ? null : r.get("rejected").asLong()));
    }
}
