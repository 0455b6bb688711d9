// Which of the given personId values have no Person node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Person {personId: id})
WITH id, n
WHERE n IS NULL
RETURN id
