// Starts a scoring run: the run node, status 'writing' until runs/complete marks it 'complete'.
// Listings and loads only see complete runs, so a run that fails half-way is never shown.
CREATE (r:ScoringRun)
SET r = $run,
    r.status = 'writing',
    r.startedAt = datetime($run.startedAt),
    r.finishedAt = datetime($run.finishedAt)
RETURN r.runId AS runId
