// Removes runs that never completed (a crash or a failed write), with their results, alerts and watch states.
// Only called while holding the run lock, so no run is being written at the time.
MATCH (r:ScoringRun)
WHERE r.status <> 'complete'
OPTIONAL MATCH (r)-[:HAS_RESULT|RAISED|SAW]->(s)
DETACH DELETE s, r
RETURN count(DISTINCT r) AS deleted
