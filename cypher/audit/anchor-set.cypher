// Records the newest line hash of an audit log in the store, so that removing or editing the last
// line of the log (which the hash chain alone cannot show) is detected by 'audit verify'. $log is
// 'store:<store id>' for the store's own log, or the absolute path of another log (--audit-log).
// $legacyLog: the path under which older versions anchored the store's own log; that anchor is
// replaced by this one.
MERGE (a:AuditAnchor {log: $log})
SET a.storeId = $storeId, a.head = $head, a.updatedAt = datetime()
WITH a
OPTIONAL MATCH (old:AuditAnchor {log: $legacyLog})
WHERE old.storeId IS NULL
DETACH DELETE old
RETURN a.head AS head
