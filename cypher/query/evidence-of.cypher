// The evidence that links each of the persons $ids to anyone (the projection's evidence, see
// cypher/projection/person-evidence.cypher, anchored at the given persons and read in both directions),
// with the date of the event where there is one. One row per piece of evidence and direction:
//   a           a person of $ids;  b  the other person, with bName and bReports (the reports that assert b,
//               for the release filter, so that no second query is needed to vet the persons reached)
//   kind        associate, call, transaction, shared_phone, shared_account, shared_vehicle,
//               shared_address, route, meeting, crossing
//   evidenceId  call id, transaction id, phone number … (crossings: both crossing ids, smaller first)
//   at          when it happened (calls, transactions, meetings, crossings), else null
//   parts       for each fact the evidence needs, the reports that assert it
//   amount      money moved (transactions), else 0
// $crossingWindowSeconds: two vehicles crossing at one place within this many seconds "crossed together".

MATCH (a:Person)-[x:ASSOCIATE_OF]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'associate' AS kind, x.kind AS evidenceId, null AS at,
       [x.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[u1:USES]->(:Phone)-[x:CALLER|CALLEE]-(c:Call)-[y:CALLER|CALLEE]-(:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'call' AS kind, c.callId AS evidenceId, c.start AS at,
       [u1.reportIds, x.reportIds + y.reportIds, u2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(:Account)-[x:SENT|RECEIVED_BY]-(t:Transaction)-[y:SENT|RECEIVED_BY]-(:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'transaction' AS kind, t.txId AS evidenceId, t.ts AS at,
       [h1.reportIds, x.reportIds + y.reportIds, h2.reportIds] AS parts, toFloat(t.amount) AS amount

UNION ALL
MATCH (a:Person)-[u1:USES]->(ph:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'shared_phone' AS kind, ph.e164 AS evidenceId, null AS at,
       [u1.reportIds, u2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(acc:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'shared_account' AS kind, acc.accountId AS evidenceId, null AS at,
       [h1.reportIds, h2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'shared_vehicle' AS kind, v.vehicleKey AS evidenceId, null AS at,
       [d1.reportIds, d2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[l1:LIVES_AT]->(l:Location)<-[l2:LIVES_AT]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'shared_address' AS kind, l.locationId AS evidenceId, null AS at,
       [l1.reportIds, l2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[o1:OPERATES]->(r:Route)<-[o2:OPERATES]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'route' AS kind, r.routeId AS evidenceId, null AS at,
       [o1.reportIds, o2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[t1:ATTENDED]->(m:Meeting)<-[t2:ATTENDED]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'meeting' AS kind, m.meetingId AS evidenceId, m.ts AS at,
       [t1.reportIds, t2.reportIds] AS parts, 0.0 AS amount

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v1:Vehicle)-[m1:MADE]->(c1:Crossing)-[:AT]->(l:Location),
      (l)<-[:AT]-(c2:Crossing)<-[m2:MADE]-(v2:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId IN $ids AND v1 <> v2 AND a <> b
  AND abs(duration.inSeconds(c1.ts, c2.ts).seconds) <= $crossingWindowSeconds
RETURN a.personId AS a, b.personId AS b, b.name AS bName,
       [(r:Report)-[:ASSERTS]->(b) | r.reportId] AS bReports, 'crossing' AS kind,
       CASE WHEN c1.crossingId < c2.crossingId THEN c1.crossingId + '|' + c2.crossingId
            ELSE c2.crossingId + '|' + c1.crossingId END AS evidenceId,
       CASE WHEN c1.ts <= c2.ts THEN c1.ts ELSE c2.ts END AS at,
       [d1.reportIds, m1.reportIds, m2.reportIds, d2.reportIds] AS parts, 0.0 AS amount
