// Number of persons in the store (answered from Neo4j's count store, without a scan).
MATCH (p:Person)
RETURN count(p) AS persons
