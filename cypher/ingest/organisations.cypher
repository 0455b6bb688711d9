// Organisations: companies, front businesses, gangs. Name, kind and country are the report's claim on its
// ASSERTS relationship (docs/provenance.md); an empty field keeps the report's earlier value.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (o:Organization {orgId: row.orgId})
MERGE (r)-[a:ASSERTS]->(o)
SET a.name = coalesce(row.name, a.name),
    a.kind = coalesce(row.kind, a.kind),
    a.country = coalesce(row.country, a.country)
