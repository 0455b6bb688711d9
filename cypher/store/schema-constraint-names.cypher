// The names of the constraints the store already has (see schema-names.cypher).
SHOW CONSTRAINTS YIELD name
RETURN collect(name) AS names
