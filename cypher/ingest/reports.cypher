// Reports: the provenance of everything else. Grade (3x5x2 evaluation, e.g. 1B) and handling code (P or C),
// mapped from 5x5x5 or the Admiralty code where the report came graded so (docs/grading.md);
// originalGrading keeps the grading as received, e.g. 5x5x5:B2/4.
// Reports are immutable (docs/provenance.md §5): a stored report is never changed. Ingest has already
// rejected rows that send a stored id with another agency, grade or handling; the identical report sent
// again changes nothing.
UNWIND $rows AS row
MERGE (r:Report {reportId: row.reportId})
  ON CREATE SET r.agency = row.agency,
                r.receivedAt = row.receivedAt,
                r.caseId = row.caseId,
                r.grade = row.grade,
                r.handling = row.handling,
                r.gradingScheme = row.gradingScheme,
                r.originalGrading = row.originalGrading,
                r.summary = row.summary
