// Ledger: every batch of one input file is written; the file's totals.
MATCH (f:IngestFile {fileKey: $fileKey})
SET f.finishedAt = datetime(), f.read = $read, f.loaded = $loaded, f.rejected = $rejected, f.batches = $batches
