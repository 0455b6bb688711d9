// A person lives (or lived) at a location.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MATCH (l:Location {locationId: row.locationId})
MERGE (p)-[rel:LIVES_AT]->(l)
SET rel.from = coalesce(row.from, rel.from),
    rel.to = coalesce(row.to, rel.to),
    rel.reportIds = CASE WHEN row.reportId IN coalesce(rel.reportIds, []) THEN rel.reportIds
                         ELSE coalesce(rel.reportIds, []) + row.reportId END
MERGE (r)-[:ASSERTS]->(l)
