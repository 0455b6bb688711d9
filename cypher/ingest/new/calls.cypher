// Calls whose callId no Call node has yet, each once (ingest checked the ids in this transaction; repeats
// and known ids go through cypher/ingest/calls.cypher). The same graph calls.cypher makes for a first
// sighting: the event, CALLER and CALLEE with the one report, and that report's claim (start, duration).
// Phones are merged first (new/call-phones.cypher), so nothing here reads what it writes.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (a:Phone {e164: row.caller})
MATCH (b:Phone {e164: row.callee})
CREATE (a)-[:CALLER {reportIds: [row.reportId]}]->(c:Call {callId: row.callId})-[:CALLEE {reportIds: [row.reportId]}]->(b)
CREATE (r)-[:ASSERTS {start: row.start, durationS: row.durationS}]->(c)
