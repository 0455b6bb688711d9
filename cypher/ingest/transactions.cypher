// Money transfers: sending account -> transaction event -> receiving account. Time, amount and currency are
// the report's claim on its ASSERTS relationship (docs/provenance.md): another report's amount is a second
// claim, never an overwrite. Accounts keep only their key, IBAN and the IBAN's country.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (a:Account {accountId: row.fromIban})
  ON CREATE SET a.iban = row.fromIban, a.country = row.fromCountry
MERGE (b:Account {accountId: row.toIban})
  ON CREATE SET b.iban = row.toIban, b.country = row.toCountry
MERGE (t:Transaction {txId: row.txId})
MERGE (a)-[x:SENT]->(t)
SET x.reportIds = CASE WHEN row.reportId IN coalesce(x.reportIds, []) THEN x.reportIds
                         ELSE coalesce(x.reportIds, []) + row.reportId END
MERGE (t)-[y:RECEIVED_BY]->(b)
SET y.reportIds = CASE WHEN row.reportId IN coalesce(y.reportIds, []) THEN y.reportIds
                         ELSE coalesce(y.reportIds, []) + row.reportId END
MERGE (r)-[k:ASSERTS]->(t)
SET k.ts = row.ts,
    k.amount = row.amount,
    k.currency = row.currency
