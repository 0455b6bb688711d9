// A person operates a smuggling route.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.operatorId})
MERGE (rt:Route {routeId: row.routeId})
SET rt.name = coalesce(row.name, rt.name)
MERGE (p)-[o:OPERATES]->(rt)
SET o.reportIds = CASE WHEN row.reportId IN coalesce(o.reportIds, []) THEN o.reportIds
                       ELSE coalesce(o.reportIds, []) + row.reportId END
MERGE (r)-[:ASSERTS]->(rt)
