// A person operates a smuggling route. The route's name is the report's claim on its ASSERTS relationship
// (docs/provenance.md); an empty name keeps the report's earlier one.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.operatorId})
MERGE (rt:Route {routeId: row.routeId})
MERGE (p)-[o:OPERATES]->(rt)
SET o.reportIds = CASE WHEN row.reportId IN coalesce(o.reportIds, []) THEN o.reportIds
                         ELSE coalesce(o.reportIds, []) + row.reportId END
MERGE (r)-[k:ASSERTS]->(rt)
SET k.name = coalesce(row.name, k.name)
