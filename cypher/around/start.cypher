// The chosen persons that an allowed report asserts (a person only restricted reports mention is not found).
// $personIds: the chosen persons; $allowed: ids of the reports the release rule allows.
MATCH (p:Person)
WHERE p.personId IN $personIds
  AND EXISTS { MATCH (r:Report)-[:ASSERTS]->(p) WHERE r.reportId IN $allowed }
RETURN elementId(p) AS nodeId, 'Person' AS kind, p.personId AS key, coalesce(p.name, p.personId) AS label,
       [(r:Report)-[:ASSERTS]->(p) WHERE r.reportId IN $allowed | r.reportId] AS reportIds
