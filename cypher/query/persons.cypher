// Persons by id, with the claims of the reports that assert them ({reportId, name, aliases}); the release
// component shows a person only if an allowed report asserts it, named from allowed claims (docs/provenance.md).
UNWIND $ids AS id
MATCH (p:Person {personId: id})
RETURN p.personId AS personId,
       [(r:Report)-[a:ASSERTS]->(p) | {reportId: r.reportId, name: a.name, aliases: coalesce(a.aliases, [])}] AS claims
