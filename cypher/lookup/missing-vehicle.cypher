// Which of the given vehicleKey values have no Vehicle node yet (ingest rejects rows that cite them).
UNWIND $ids AS id
OPTIONAL MATCH (n:Vehicle {vehicleKey: id})
WITH id, n
WHERE n IS NULL
RETURN id
