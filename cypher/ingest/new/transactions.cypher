// Transactions whose txId no Transaction node has yet, each once (ingest checked the ids in this
// transaction; repeats and known ids go through cypher/ingest/transactions.cypher): the same graph as a first
// sighting there. Accounts are merged first (new/transaction-accounts.cypher).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (a:Account {accountId: row.fromIban})
MATCH (b:Account {accountId: row.toIban})
CREATE (a)-[:SENT {reportIds: [row.reportId]}]->(t:Transaction {txId: row.txId})-[:RECEIVED_BY {reportIds: [row.reportId]}]->(b)
CREATE (r)-[:ASSERTS {ts: row.ts, amount: row.amount, currency: row.currency}]->(t)
