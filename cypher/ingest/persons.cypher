// Persons. The node keeps only its key; every descriptive value is the asserting report's claim, on its
// own ASSERTS relationship (docs/provenance.md). Within one report a later row may fill in or refine that
// report's values (a value left empty keeps the report's earlier one; aliases accumulate); another
// report's claim is never touched.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (p:Person {personId: row.personId})
MERGE (r)-[a:ASSERTS]->(p)
SET a.name = coalesce(row.name, a.name),
    a.nameKey = coalesce(row.nameKey, a.nameKey),
    a.dob = coalesce(row.dob, a.dob),
    a.nationality = coalesce(row.nationality, a.nationality),
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
