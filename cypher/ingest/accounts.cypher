// A person holds a bank account (IBAN, validated by ingest).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MERGE (a:Account {accountId: row.iban})
SET a.iban = row.iban,
    a.country = row.country,
    a.bank = coalesce(row.bank, a.bank)
MERGE (p)-[rel:HOLDS]->(a)
SET rel.from = coalesce(row.from, rel.from),
    rel.to = coalesce(row.to, rel.to),
    rel.reportIds = CASE WHEN row.reportId IN coalesce(rel.reportIds, []) THEN rel.reportIds
                         ELSE coalesce(rel.reportIds, []) + row.reportId END
MERGE (r)-[:ASSERTS]->(a)
