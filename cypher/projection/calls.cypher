// Every call between two phones that some person uses (a call to or from a number nobody is known to use
// links no one), before any release rule:
//   caller, callee           the two phones (phone-users.cypher says who uses them)
//   evidenceId               the call id, to count each call once
//   callerReports            the reports asserting that the caller phone made the call (CALLER)
//   calleeReports            the reports asserting that the callee phone took it (CALLEE)
//   claims                   the claims about the call itself: {reportId, at (its start)}
// The evidence of the call for two persons rests on four facts: the caller's use of the caller phone,
// CALLER, CALLEE and the callee's use of the callee phone (docs/provenance.md).
MATCH (p1:Phone)-[x:CALLER]->(c:Call)-[y:CALLEE]->(p2:Phone)
WHERE EXISTS { (p1)<-[:USES]-(:Person) } AND EXISTS { (p2)<-[:USES]-(:Person) }
RETURN p1.e164 AS caller, p2.e164 AS callee, c.callId AS evidenceId,
       x.reportIds AS callerReports, y.reportIds AS calleeReports,
       [(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.start}] AS claims
