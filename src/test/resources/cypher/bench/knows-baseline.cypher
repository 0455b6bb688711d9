// Benchmark baseline (issue 3): a bare MERGE of person pairs, no provenance, no events.
UNWIND $rows AS row
MERGE (a:Person {personId: row.a})
MERGE (b:Person {personId: row.b})
MERGE (a)-[:KNOWS]->(b)
