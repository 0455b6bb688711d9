// Benchmark generator: persons, each with one phone, asserted by the benchmark report (name on its claim, docs/provenance.md).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
CREATE (p:Person {personId: row.personId})
CREATE (ph:Phone {e164: row.phone})
CREATE (p)-[:USES {reportIds: [row.reportId]}]->(ph)
CREATE (r)-[:ASSERTS {name: row.name, nameKey: row.nameKey, aliases: []}]->(p)
