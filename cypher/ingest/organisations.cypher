// Organisations: companies, front businesses, gangs. Known values are kept when a later report leaves a field empty.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (o:Organization {orgId: row.orgId})
SET o.name = coalesce(row.name, o.name),
    o.kind = coalesce(row.kind, o.kind),
    o.country = coalesce(row.country, o.country)
MERGE (r)-[:ASSERTS]->(o)
