// Reports: the provenance of everything else. Grade (3x5x2 evaluation, e.g. 1B) and handling code (P or C).
UNWIND $rows AS row
MERGE (r:Report {reportId: row.reportId})
SET r.agency = row.agency,
    r.receivedAt = row.receivedAt,
    r.caseId = row.caseId,
    r.grade = row.grade,
    r.handling = row.handling,
    r.summary = row.summary
