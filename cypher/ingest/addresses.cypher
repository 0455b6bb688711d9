// A person lives (or lived) at a location. The relationship keeps the reports that assert it and, per
// report, the period it states ('reportId|from|to', ISO dates or empty; docs/provenance.md).
UNWIND $rows AS row
WITH row, row.reportId + '|' + coalesce(toString(row.from), '') + '|' + coalesce(toString(row.to), '') AS period
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MATCH (l:Location {locationId: row.locationId})
MERGE (p)-[rel:LIVES_AT]->(l)
SET rel.reportIds = CASE WHEN row.reportId IN coalesce(rel.reportIds, []) THEN rel.reportIds
                         ELSE coalesce(rel.reportIds, []) + row.reportId END,
    rel.periods = CASE WHEN row.from IS NULL AND row.to IS NULL THEN rel.periods
                   WHEN period IN coalesce(rel.periods, []) THEN rel.periods
                   ELSE coalesce(rel.periods, []) + period END
MERGE (r)-[:ASSERTS]->(l)
