// Which of the given orgId values have no Organization node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Organization {orgId: id})
WITH id, n
WHERE n IS NULL
RETURN id
