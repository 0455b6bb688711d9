// Call-detail records: caller phone -> call event -> callee phone. Phones not yet attributed are created.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (a:Phone {e164: row.caller})
MERGE (b:Phone {e164: row.callee})
MERGE (c:Call {callId: row.callId})
SET c.start = row.start,
    c.durationS = row.durationS
MERGE (a)-[x:CALLER]->(c)
SET x.reportIds = CASE WHEN row.reportId IN coalesce(x.reportIds, []) THEN x.reportIds
                       ELSE coalesce(x.reportIds, []) + row.reportId END
MERGE (c)-[y:CALLEE]->(b)
SET y.reportIds = CASE WHEN row.reportId IN coalesce(y.reportIds, []) THEN y.reportIds
                       ELSE coalesce(y.reportIds, []) + row.reportId END
MERGE (r)-[:ASSERTS]->(c)
