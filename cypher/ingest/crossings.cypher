// A vehicle crossing recorded at a location (ANPR, ferry or tunnel manifests). Time and direction are the
// report's claim on its ASSERTS relationship; MADE and AT keep the reports that assert them (docs/provenance.md).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (v:Vehicle {vehicleKey: row.vehicleKey})
MATCH (l:Location {locationId: row.locationId})
MERGE (c:Crossing {crossingId: row.crossingId})
MERGE (v)-[m:MADE]->(c)
SET m.reportIds = CASE WHEN row.reportId IN coalesce(m.reportIds, []) THEN m.reportIds
                         ELSE coalesce(m.reportIds, []) + row.reportId END
MERGE (c)-[a:AT]->(l)
SET a.reportIds = CASE WHEN row.reportId IN coalesce(a.reportIds, []) THEN a.reportIds
                         ELSE coalesce(a.reportIds, []) + row.reportId END
MERGE (r)-[k:ASSERTS]->(c)
SET k.ts = row.ts,
    k.direction = coalesce(row.direction, k.direction)
