// The ordered stops of a route.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (rt:Route {routeId: row.routeId})
MATCH (l:Location {locationId: row.locationId})
MERGE (rt)-[s:STOP {seq: row.seq}]->(l)
SET s.reportIds = CASE WHEN row.reportId IN coalesce(s.reportIds, []) THEN s.reportIds
                       ELSE coalesce(s.reportIds, []) + row.reportId END
