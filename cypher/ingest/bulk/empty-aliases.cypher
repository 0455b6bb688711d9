// ingest --bulk, after the import and before the schema is built: a person claim with no aliases holds an
// empty list, as persons.cypher leaves it (the importer writes no property for an empty array). No index
// exists yet (in particular not the full-text index over claimed names and aliases), so each write is only
// itself; one pass from the persons (the reports' claims are mostly on calls), $batch claims per transaction.
MATCH (:Report)-[a:ASSERTS]->(p:Person)
USING SCAN p:Person
WHERE a.aliases IS NULL
CALL (a) {
  SET a.aliases = []
} IN TRANSACTIONS OF $batch ROWS
