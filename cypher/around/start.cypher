// The chosen persons that an allowed report asserts (a person only restricted reports mention is not found).
// $personIds: the chosen persons; $allowed: ids of the reports the release component allows. Each comes with
// the claims of every asserting report ({reportId, name}); the release component names it (docs/provenance.md).
MATCH (p:Person)
WHERE p.personId IN $personIds
  AND EXISTS { MATCH (r:Report)-[:ASSERTS]->(p) WHERE r.reportId IN $allowed }
RETURN elementId(p) AS nodeId, 'Person' AS kind, p.personId AS key,
       [(r:Report)-[a:ASSERTS]->(p) | {reportId: r.reportId, name: a.name}] AS claims
