// Ledger: one batch of an input file is written. Runs in the batch's own transaction, so the ledger
// says "done" exactly when the batch's data is in the store.
MERGE (b:IngestBatch {batchKey: $fileKey + '#' + toString($batch)})
SET b.fileKey = $fileKey, b.batch = $batch, b.read = $read, b.loaded = $loaded, b.rejected = $rejected,
    b.finishedAt = datetime()
