// Complete scoring runs, newest first.
MATCH (r:ScoringRun {status: 'complete'})
RETURN r {.*, startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)} AS run
ORDER BY r.startedAt DESC, r.runId DESC
