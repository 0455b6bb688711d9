// Which of the given txId values already have a Transaction node (ingest creates the others outright).
UNWIND $ids AS id
MATCH (n:Transaction {txId: id})
RETURN id
