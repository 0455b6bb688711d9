// Marks a fully written run complete (the last write of a run), with the hash of its audit line
// and the seconds its results took to write.
MATCH (r:ScoringRun {runId: $runId, status: 'writing'})
SET r.status = 'complete', r.auditLog = $auditLog, r.auditHash = $auditHash, r.writeSeconds = $writeSeconds
RETURN r.runId AS runId
