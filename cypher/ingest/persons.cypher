// Persons. Known values are kept when a later report leaves a field empty; aliases accumulate.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (p:Person {personId: row.personId})
SET p.name = coalesce(row.name, p.name),
    p.nameKey = coalesce(row.nameKey, p.nameKey),
    p.dob = coalesce(row.dob, p.dob),
    p.nationality = coalesce(row.nationality, p.nationality),
    p.aliases = reduce(acc = coalesce(p.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
MERGE (r)-[:ASSERTS]->(p)
