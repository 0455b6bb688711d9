// Every claim about one person (docs/provenance.md): per asserting report, the values it gives. 'node' shows
// the allowed ones, the value a reader sees and where allowed claims conflict.
MATCH (r:Report)-[a:ASSERTS]->(p:Person {personId: $id})
RETURN r.reportId AS reportId, a.name AS name, a.aliases AS aliases, a.dob AS dob, a.nationality AS nationality
ORDER BY reportId
