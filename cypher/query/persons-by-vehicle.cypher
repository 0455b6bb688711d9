// Persons who drive or keep a vehicle, by normalised registration mark (any country), with the reports.
MATCH (p:Person)-[d:DRIVES|KEEPER_OF]->(v:Vehicle {vrm: $key})
RETURN p.personId AS personId, d.reportIds AS reportIds
ORDER BY personId
