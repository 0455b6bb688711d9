// Tampering, for tests: removes the anchor of the store's own audit log.
MATCH (a:AuditAnchor)
WHERE a.log STARTS WITH 'store:'
DETACH DELETE a
RETURN count(*) AS deleted
