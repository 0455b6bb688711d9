// Test only: every ASSERTS claim on the node with key $key, and the node's own properties.
MATCH (r:Report)-[a:ASSERTS]->(n)
WHERE $key IN [n.personId, n.callId]
RETURN r.reportId AS reportId, properties(a) AS claim, properties(n) AS node
ORDER BY reportId
