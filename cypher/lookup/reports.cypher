// The stored reports among the given reportId values, with the fields that make a report what it is
// (agency, grade, handling): ingest rejects a row that sends a stored report id with other values
// (reports are immutable, docs/provenance.md §5).
UNWIND $ids AS id
MATCH (r:Report {reportId: id})
RETURN r.reportId AS reportId, r.agency AS agency, r.grade AS grade, r.handling AS handling
