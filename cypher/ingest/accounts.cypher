// A person holds a bank account (IBAN, validated by ingest). The account node keeps its key, the IBAN and
// the country the IBAN itself encodes; the bank is the report's claim (docs/provenance.md). The holding keeps
// the reports that assert it and, per report, the period it states ('reportId|from|to', ISO dates or empty).
UNWIND $rows AS row
WITH row, row.reportId + '|' + coalesce(toString(row.from), '') + '|' + coalesce(toString(row.to), '') AS period
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MERGE (a:Account {accountId: row.iban})
  ON CREATE SET a.iban = row.iban, a.country = row.country
MERGE (p)-[rel:HOLDS]->(a)
SET rel.reportIds = CASE WHEN row.reportId IN coalesce(rel.reportIds, []) THEN rel.reportIds
                         ELSE coalesce(rel.reportIds, []) + row.reportId END,
    rel.periods = CASE WHEN row.from IS NULL AND row.to IS NULL THEN rel.periods
                   WHEN period IN coalesce(rel.periods, []) THEN rel.periods
                   ELSE coalesce(rel.periods, []) + period END
MERGE (r)-[c:ASSERTS]->(a)
SET c.bank = coalesce(row.bank, c.bank)
