// A person uses a phone (E.164 number).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MERGE (ph:Phone {e164: row.phone})
MERGE (p)-[rel:USES]->(ph)
SET rel.from = coalesce(row.from, rel.from),
    rel.to = coalesce(row.to, rel.to),
    rel.reportIds = CASE WHEN row.reportId IN coalesce(rel.reportIds, []) THEN rel.reportIds
                         ELSE coalesce(rel.reportIds, []) + row.reportId END
MERGE (r)-[:ASSERTS]->(ph)
