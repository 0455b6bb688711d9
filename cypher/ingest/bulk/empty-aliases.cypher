// ingest --bulk, after the import: a person claim with no aliases holds an empty list, as persons.cypher leaves
// it (the importer writes no property for an empty array). $limit claims per transaction; run until it
// returns fewer than $limit.
MATCH (:Report)-[a:ASSERTS]->(:Person)
WHERE a.aliases IS NULL
WITH a LIMIT $limit
SET a.aliases = []
RETURN count(a) AS fixed
