// Ledger: an ingest run starts (or resumes) loading one input file. fileKey = content SHA-256, record
// type and the settings that decide the graph (batch size, phone region, time zone).
MERGE (f:IngestFile {fileKey: $fileKey})
ON CREATE SET f.sha256 = $sha256, f.type = $type, f.batchSize = $batchSize, f.startedAt = datetime()
SET f.fileName = $fileName, f.lastRunAt = datetime(), f.runs = coalesce(f.runs, 0) + 1
RETURN f.finishedAt IS NOT NULL AS finished
