// Who uses each phone (design.md §3), with the reports that assert the use. Joined in Java
// (store.PersonNetworkReader) with calls.cypher: one call between two phones is one piece of call
// evidence for every pair of their users (a person calling their own other phone is no link).
MATCH (a:Person)-[u:USES]->(ph:Phone)
RETURN ph.e164 AS phone, a.personId AS person, u.reportIds AS reportIds
