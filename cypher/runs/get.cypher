// One complete run's header.
MATCH (r:ScoringRun {runId: $runId, status: 'complete'})
RETURN r {.*, startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)} AS run
