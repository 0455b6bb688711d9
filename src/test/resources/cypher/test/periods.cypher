// Test only: the periods and legacy from/to of every USES relationship, by person.
MATCH (p:Person)-[u:USES]->()
RETURN p.personId AS personId, u.periods AS periods, u.from AS from, u.to AS to
ORDER BY personId
