// A meeting at a location and the persons who attended it. Its time is the report's claim on its ASSERTS
// relationship; AT and ATTENDED keep the reports that assert them (docs/provenance.md).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (l:Location {locationId: row.locationId})
MERGE (m:Meeting {meetingId: row.meetingId})
MERGE (m)-[at:AT]->(l)
SET at.reportIds = CASE WHEN row.reportId IN coalesce(at.reportIds, []) THEN at.reportIds
                         ELSE coalesce(at.reportIds, []) + row.reportId END
MERGE (r)-[k:ASSERTS]->(m)
SET k.ts = row.ts
WITH r, m, row
UNWIND row.attendees AS attendee
MATCH (p:Person {personId: attendee})
MERGE (p)-[a:ATTENDED]->(m)
SET a.reportIds = CASE WHEN row.reportId IN coalesce(a.reportIds, []) THEN a.reportIds
                         ELSE coalesce(a.reportIds, []) + row.reportId END
