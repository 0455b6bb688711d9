// Every person with the reports that assert it (a person is shown only if one of them may be used).
MATCH (r:Report)-[:ASSERTS]->(p:Person)
RETURN p.personId AS personId, p.name AS name, collect(r.reportId) AS reportIds
ORDER BY personId
