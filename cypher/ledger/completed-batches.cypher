// Ledger: the batches of one input file that an earlier run completed, with their counts.
MATCH (b:IngestBatch {fileKey: $fileKey})
RETURN b.batch AS batch, b.read AS read, b.loaded AS loaded, b.rejected AS rejected
ORDER BY batch
