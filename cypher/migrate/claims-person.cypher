// Migration to schema 2 (docs/provenance.md §7): moves the legacy values of Person nodes onto the ASSERTS
// claims of the node's reports, conservatively: onto the restricted (non-P) asserting reports only, unless
// every asserting report is shareable (P), then onto all. A claim that already has a value keeps it. The
// node then keeps only its identity. Idempotent: a node without legacy values is left alone.
MATCH (n:Person)
WHERE n.name IS NOT NULL OR n.nameKey IS NOT NULL OR n.aliases IS NOT NULL OR n.dob IS NOT NULL OR n.nationality IS NOT NULL
WITH n, [(r:Report)-[:ASSERTS]->(n) | r] AS reports
WITH n, CASE WHEN all(r IN reports WHERE r.handling = 'P') THEN reports
             ELSE [r IN reports WHERE r.handling <> 'P'] END AS targets
FOREACH (r IN targets |
  MERGE (r)-[a:ASSERTS]->(n)
  SET a.name = coalesce(a.name, n.name),
      a.nameKey = coalesce(a.nameKey, n.nameKey),
      a.aliases = coalesce(a.aliases, n.aliases),
      a.dob = coalesce(a.dob, n.dob),
      a.nationality = coalesce(a.nationality, n.nationality))
REMOVE n.name, n.nameKey, n.aliases, n.dob, n.nationality
RETURN count(n) AS migrated
