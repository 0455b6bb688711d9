// One complete run's per-person results.
MATCH (:ScoringRun {runId: $runId, status: 'complete'})-[:HAS_RESULT]->(s:PersonScore)
RETURN s {.*} AS result
ORDER BY s.rank, s.personId
