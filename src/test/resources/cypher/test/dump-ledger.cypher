// Test only: every node of the ingestion ledger, with its labels and properties.
MATCH (n)
WHERE n:IngestFile OR n:IngestBatch
RETURN labels(n) AS labels, properties(n) AS props
