// Which of the given routeId values have no Route node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Route {routeId: id})
WITH id, n
WHERE n IS NULL
RETURN id
