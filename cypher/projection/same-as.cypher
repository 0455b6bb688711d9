// Confirmed entity-resolution decisions: pairs of person records an analyst confirmed are one person
// (cypher/resolve/confirm.cypher). The projection maps every record of a group to one canonical id.
MATCH (a:Person)-[:SAME_AS]->(b:Person)
RETURN a.personId AS a, b.personId AS b
ORDER BY a, b
