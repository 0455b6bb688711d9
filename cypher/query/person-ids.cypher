// Every person id with the reports that assert the person (the shell's completion of person arguments);
// the release component keeps a person only if an allowed report asserts it (docs/provenance.md).
MATCH (r:Report)-[:ASSERTS]->(p:Person)
RETURN p.personId AS personId, collect(r.reportId) AS reportIds
ORDER BY personId
