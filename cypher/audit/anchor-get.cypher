// The recorded newest line hash of an audit log, and the audit line hashes recorded by scoring runs.
OPTIONAL MATCH (a:AuditAnchor {log: $log})
RETURN a.head AS head, toString(a.updatedAt) AS updatedAt,
       COLLECT { MATCH (r:ScoringRun {status: 'complete'}) WHERE r.auditLog = $log AND r.auditHash IS NOT NULL RETURN r.runId + ' ' + r.auditHash } AS runs
