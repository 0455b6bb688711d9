// One batch of per-person results of a run, each linked to the run and to its person.
// Measures are values in the order of the run's measureNames (so any set of measures fits).
MATCH (r:ScoringRun {runId: $runId, status: 'writing'})
UNWIND $rows AS row
CREATE (r)-[:HAS_RESULT]->(s:PersonScore)
SET s = row
WITH s, row
OPTIONAL MATCH (p:Person {personId: row.personId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (s)-[:OF]->(p))
RETURN count(s) AS written
