// Call-detail records: caller phone -> call event -> callee phone. Phones not yet attributed are created.
// Start and duration are the report's claim on its ASSERTS relationship (docs/provenance.md): a second
// report giving the same call another start is a second claim (a conflict), never an overwrite.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (a:Phone {e164: row.caller})
MERGE (b:Phone {e164: row.callee})
MERGE (c:Call {callId: row.callId})
MERGE (a)-[x:CALLER]->(c)
SET x.reportIds = CASE WHEN row.reportId IN coalesce(x.reportIds, []) THEN x.reportIds
                         ELSE coalesce(x.reportIds, []) + row.reportId END
MERGE (c)-[y:CALLEE]->(b)
SET y.reportIds = CASE WHEN row.reportId IN coalesce(y.reportIds, []) THEN y.reportIds
                         ELSE coalesce(y.reportIds, []) + row.reportId END
MERGE (r)-[k:ASSERTS]->(c)
SET k.start = row.start,
    k.durationS = row.durationS
