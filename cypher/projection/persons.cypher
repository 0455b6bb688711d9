// Every person with the claims of the reports that assert it (docs/provenance.md): the release component
// shows a person only if an allowed report asserts it, under the name allowed claims give.
MATCH (r:Report)-[a:ASSERTS]->(p:Person)
RETURN p.personId AS personId, collect({reportId: r.reportId, name: a.name}) AS claims
ORDER BY personId
