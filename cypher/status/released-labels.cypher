// Number of nodes per label that an allowed report asserts ($allowed: the ids the release component allows),
// plus the allowed reports themselves: what a run saved under a release rule may say the store holds
// (docs/provenance.md), so that a partner report does not reveal how much restricted material exists.
MATCH (r:Report)-[:ASSERTS]->(n)
WHERE r.reportId IN $allowed
WITH DISTINCT n
UNWIND labels(n) AS label
RETURN label, count(*) AS count
UNION ALL
RETURN 'Report' AS label, size($allowed) AS count
