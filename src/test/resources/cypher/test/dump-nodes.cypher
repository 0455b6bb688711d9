// Test only: every node but the ingestion ledger, with its labels and properties.
MATCH (n)
WHERE NOT n:IngestFile AND NOT n:IngestBatch
RETURN labels(n) AS labels, properties(n) AS props
