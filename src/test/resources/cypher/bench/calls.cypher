// Benchmark generator: calls between phones.
UNWIND $rows AS row
MATCH (a:Phone {e164: row.caller})
MATCH (b:Phone {e164: row.callee})
CREATE (c:Call {callId: row.callId, start: row.start, durationS: row.durationS})
CREATE (a)-[:CALLER {reportIds: [row.reportId]}]->(c)
CREATE (c)-[:CALLEE {reportIds: [row.reportId]}]->(b)
