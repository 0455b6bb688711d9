// Two persons are associates of a given kind (family, lives_with, social, criminal).
// Ingest orders the pair (personA < personB), so the same association never gets two relationships.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (a:Person {personId: row.personA})
MATCH (b:Person {personId: row.personB})
MERGE (a)-[x:ASSOCIATE_OF {kind: row.kind}]->(b)
SET x.reportIds = CASE WHEN row.reportId IN coalesce(x.reportIds, []) THEN x.reportIds
                       ELSE coalesce(x.reportIds, []) + row.reportId END
