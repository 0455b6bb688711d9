// A person is a member or director of an organisation (role MEMBER_OF or DIRECTOR_OF). The relationship keeps
// the reports that assert it and, per report, the period it states ('reportId|from|to'; docs/provenance.md).
UNWIND $rows AS row
WITH row, row.reportId + '|' + coalesce(toString(row.from), '') + '|' + coalesce(toString(row.to), '') AS period
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MATCH (o:Organization {orgId: row.orgId})
FOREACH (_ IN CASE WHEN row.role = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (p)-[m:MEMBER_OF]->(o)
  SET m.reportIds = CASE WHEN row.reportId IN coalesce(m.reportIds, []) THEN m.reportIds
                         ELSE coalesce(m.reportIds, []) + row.reportId END,
      m.periods = CASE WHEN row.from IS NULL AND row.to IS NULL THEN m.periods
                   WHEN period IN coalesce(m.periods, []) THEN m.periods
                   ELSE coalesce(m.periods, []) + period END)
FOREACH (_ IN CASE WHEN row.role = 'DIRECTOR_OF' THEN [1] ELSE [] END |
  MERGE (p)-[d:DIRECTOR_OF]->(o)
  SET d.reportIds = CASE WHEN row.reportId IN coalesce(d.reportIds, []) THEN d.reportIds
                         ELSE coalesce(d.reportIds, []) + row.reportId END,
      d.periods = CASE WHEN row.from IS NULL AND row.to IS NULL THEN d.periods
                   WHEN period IN coalesce(d.periods, []) THEN d.periods
                   ELSE coalesce(d.periods, []) + period END)
MERGE (r)-[:ASSERTS]->(o)
