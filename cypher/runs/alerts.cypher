// The alerts raised by the given complete runs, oldest run first.
MATCH (r:ScoringRun {status: 'complete'})-[:RAISED]->(a:Alert)
WHERE r.runId IN $runIds
RETURN r.runId AS runId, a {.*} AS alert
ORDER BY r.runId, a.personId, a.kind, a.detail
