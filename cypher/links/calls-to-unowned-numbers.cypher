// Every call a person's phone made or received, one row per (person, phone they use, call, other phone), as
// stored, before any release rule; store.LinkSignalReader and the release component (graph.Release) decide
// what stands (docs/provenance.md, docs/algorithms.md "Suggested links"). Used twice: a call is dated
// activity of the person, and, when no person is known to use the other phone under the release, a call to
// that number (the "calls to common numbers" signal).
//   person   the person
//   number   the other phone (E.164)
//   called   true if the person's phone made the call, false if it received it
//   callId   the call
//   parts    for EVERY relationship the call rests on from the person's side: USES, the person's phone's
//            CALLER or CALLEE, the other phone's; the reports asserting each (as the projection's call rows)
//   events   [the claims about the call]: {reportId, at (its start)}
//   users    for every person recorded as using the other phone, the reports asserting that USES: the
//            number is unowned under a release rule if none of them keeps an allowed report
MATCH (p:Person)-[u:USES]->(:Phone)-[x:CALLER|CALLEE]-(c:Call)-[y:CALLER|CALLEE]-(n:Phone)
WHERE type(x) <> type(y)
RETURN p.personId AS person, n.e164 AS number, type(x) = 'CALLER' AS called, c.callId AS callId,
       [u.reportIds, x.reportIds, y.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.start}]] AS events,
       [(:Person)-[v:USES]->(n) | v.reportIds] AS users
