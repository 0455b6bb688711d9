// Records the newest line hash of an audit log in the store, so that removing or editing the last
// line of the log (which the hash chain alone cannot show) is detected by 'audit verify'.
MERGE (a:AuditAnchor {log: $log})
SET a.head = $head, a.updatedAt = datetime()
RETURN a.head AS head
