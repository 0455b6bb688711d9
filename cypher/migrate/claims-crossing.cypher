// Migration to schema 2 (docs/provenance.md §7): moves the legacy values of Crossing nodes onto the ASSERTS
// claims of the node's reports, conservatively: onto the restricted (non-P) asserting reports only, unless
// every asserting report is shareable (P), then onto all. A claim that already has a value keeps it. The
// node then keeps only its identity. Idempotent: a node without legacy values is left alone.
MATCH (n:Crossing)
WHERE n.ts IS NOT NULL OR n.direction IS NOT NULL
WITH n, [(r:Report)-[:ASSERTS]->(n) | r] AS reports
WITH n, CASE WHEN all(r IN reports WHERE r.handling = 'P') THEN reports
             ELSE [r IN reports WHERE r.handling <> 'P'] END AS targets
FOREACH (r IN targets |
  MERGE (r)-[a:ASSERTS]->(n)
  SET a.ts = coalesce(a.ts, n.ts),
      a.direction = coalesce(a.direction, n.direction))
REMOVE n.ts, n.direction
RETURN count(n) AS migrated
