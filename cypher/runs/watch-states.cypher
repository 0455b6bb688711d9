// What one complete run saw around the watched persons.
MATCH (:ScoringRun {runId: $runId, status: 'complete'})-[:SAW]->(s:WatchState)
RETURN s {.*} AS state
ORDER BY s.personId
