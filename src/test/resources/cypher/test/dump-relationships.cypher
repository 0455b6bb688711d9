// Test only: every relationship, with the properties of both ends and its own.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, properties(r) AS props
