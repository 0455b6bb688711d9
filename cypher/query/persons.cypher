// Persons by id, with their name, aliases and the reports that assert them (a person is shown only if
// one of those reports passes the release filter).
UNWIND $ids AS id
MATCH (p:Person {personId: id})
OPTIONAL MATCH (r:Report)-[:ASSERTS]->(p)
RETURN p.personId AS personId, p.name AS name, coalesce(p.aliases, []) AS aliases, collect(r.reportId) AS reportIds
