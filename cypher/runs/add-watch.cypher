// A run's alerts and what it saw around each watched person, written with the run (still 'writing'),
// so that a run that fails before it is complete leaves neither (runs/delete-unfinished).
MATCH (r:ScoringRun {runId: $runId, status: 'writing'})
FOREACH (state IN $states | CREATE (r)-[:SAW]->(s:WatchState) SET s = state)
FOREACH (alert IN $alerts |
  CREATE (r)-[:RAISED]->(:Alert {personId: alert.personId, kind: alert.kind, detail: alert.detail,
                                 reportIds: alert.reportIds}))
RETURN size($alerts) AS alerts
