// Ledger: every input file ever loaded into this store, newest first, with its completed batch count.
MATCH (f:IngestFile)
OPTIONAL MATCH (b:IngestBatch {fileKey: f.fileKey})
RETURN f.fileKey AS fileKey, f.fileName AS fileName, f.type AS type, f.sha256 AS sha256,
       f.startedAt AS startedAt, f.finishedAt AS finishedAt, count(b) AS completedBatches,
       f.read AS read, f.loaded AS loaded, f.rejected AS rejected
ORDER BY startedAt DESC
