// Reports: the provenance of everything else. Grade (3x5x2 evaluation, e.g. 1B) and handling code (P or C),
// mapped from 5x5x5 or the Admiralty code where the report came graded so (docs/grading.md);
// originalGrading keeps the grading as received, e.g. 5x5x5:B2/4.
UNWIND $rows AS row
MERGE (r:Report {reportId: row.reportId})
SET r.agency = row.agency,
    r.receivedAt = row.receivedAt,
    r.caseId = row.caseId,
    r.grade = row.grade,
    r.handling = row.handling,
    r.gradingScheme = row.gradingScheme,
    r.originalGrading = row.originalGrading,
    r.summary = row.summary
