// Persons who use a phone (E.164), with the reports behind each use.
MATCH (p:Person)-[u:USES]->(:Phone {e164: $key})
RETURN p.personId AS personId, u.reportIds AS reportIds
ORDER BY personId
