// Migration to schema 2 (docs/provenance.md §7): moves the legacy values of Route nodes onto the ASSERTS
// claims of the node's reports, conservatively: onto the restricted (non-P) asserting reports only, unless
// every asserting report is shareable (P), then onto all. A claim that already has a value keeps it. The
// node then keeps only its identity. Idempotent: a node without legacy values is left alone.
MATCH (n:Route)
WHERE n.name IS NOT NULL
WITH n, [(r:Report)-[:ASSERTS]->(n) | r] AS reports
WITH n, CASE WHEN all(r IN reports WHERE r.handling = 'P') THEN reports
             ELSE [r IN reports WHERE r.handling <> 'P'] END AS targets
FOREACH (r IN targets |
  MERGE (r)-[a:ASSERTS]->(n)
  SET a.name = coalesce(a.name, n.name))
REMOVE n.name
RETURN count(n) AS migrated
