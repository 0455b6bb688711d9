// Which of the given locationId values have no Location node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Location {locationId: id})
WITH id, n
WHERE n IS NULL
RETURN id
