// Which of the given reportId values have no Report node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Report {reportId: id})
WITH id, n
WHERE n IS NULL
RETURN id
