// Every call between two phones, before any release rule. A call to or from a number nobody is known to
// use links no one: store.PersonNetworkReader drops it when it joins the calls with phone-users.cypher
// (asking here, with two EXISTS per call, made the read a third slower):
//   caller, callee           the two phones (phone-users.cypher says who uses them)
//   evidenceId               the call id, to count each call once
//   callerReports            the reports asserting that the caller phone made the call (CALLER)
//   calleeReports            the reports asserting that the callee phone took it (CALLEE)
//   claims                   the claims about the call itself: {reportId, at (its start)}
// The evidence of the call for two persons rests on four facts: the caller's use of the caller phone,
// CALLER, CALLEE and the callee's use of the callee phone (docs/provenance.md).
// Read in $parts parts at once, part $part of them here: the calls of every $parts-th caller phone (by
// Neo4j's internal node id, which only splits the work; parts = 1 reads all).
MATCH (p1:Phone)
WHERE id(p1) % $parts = $part
MATCH (p1)-[x:CALLER]->(c:Call)-[y:CALLEE]->(p2:Phone)
RETURN p1.e164 AS caller, p2.e164 AS callee, c.callId AS evidenceId,
       x.reportIds AS callerReports, y.reportIds AS calleeReports,
       [(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.start}] AS claims
