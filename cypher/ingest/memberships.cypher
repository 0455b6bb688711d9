// A person is a member or director of an organisation (role MEMBER_OF or DIRECTOR_OF), with a period.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MATCH (o:Organization {orgId: row.orgId})
FOREACH (_ IN CASE WHEN row.role = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (p)-[m:MEMBER_OF]->(o)
  SET m.from = coalesce(row.from, m.from),
      m.to = coalesce(row.to, m.to),
      m.reportIds = CASE WHEN row.reportId IN coalesce(m.reportIds, []) THEN m.reportIds
                         ELSE coalesce(m.reportIds, []) + row.reportId END)
FOREACH (_ IN CASE WHEN row.role = 'DIRECTOR_OF' THEN [1] ELSE [] END |
  MERGE (p)-[d:DIRECTOR_OF]->(o)
  SET d.from = coalesce(row.from, d.from),
      d.to = coalesce(row.to, d.to),
      d.reportIds = CASE WHEN row.reportId IN coalesce(d.reportIds, []) THEN d.reportIds
                         ELSE coalesce(d.reportIds, []) + row.reportId END)
MERGE (r)-[:ASSERTS]->(o)
