// Every audit anchor the store holds ('audit verify' checks each), oldest log key first.
MATCH (a:AuditAnchor)
RETURN a.log AS log, a.storeId AS storeId, a.head AS head, toString(a.updatedAt) AS updatedAt
ORDER BY log
