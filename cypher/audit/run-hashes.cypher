// The audit line recorded by each complete scoring run, with the key of the log it was written to.
MATCH (r:ScoringRun {status: 'complete'})
WHERE r.auditLog IS NOT NULL AND r.auditHash IS NOT NULL
RETURN r.auditLog AS log, r.runId AS runId, r.auditHash AS hash
ORDER BY runId
