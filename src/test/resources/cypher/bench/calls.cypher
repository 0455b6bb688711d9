// Benchmark generator: calls between phones, each asserted by the benchmark report (time on its claim).
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (a:Phone {e164: row.caller})
MATCH (b:Phone {e164: row.callee})
CREATE (c:Call {callId: row.callId})
CREATE (r)-[:ASSERTS {start: row.start, durationS: row.durationS}]->(c)
CREATE (a)-[:CALLER {reportIds: [row.reportId]}]->(c)
CREATE (c)-[:CALLEE {reportIds: [row.reportId]}]->(b)
