// The evidence that links two persons (design.md §3), one row per piece of evidence:
//   a, b        the two persons (in either order; the projection orders them)
//   kind        associate, call, transaction, shared_phone, shared_account, shared_vehicle,
//               shared_address, route, meeting, crossing
//   evidenceId  what the evidence is (call id, transaction id, phone number ...), to count it once
//   parts       for each fact the evidence needs, the reports that assert that fact; the evidence
//               stands under a filter only if every part keeps at least one report
//   amount      money moved (transactions), else 0
//   ts          when it happened (call start, transaction, meeting, first crossing), else null
// $crossingWindowSeconds: two vehicles crossing at one place within this many seconds "crossed together".

MATCH (a:Person)-[x:ASSOCIATE_OF]->(b:Person)
RETURN a.personId AS a, b.personId AS b, 'associate' AS kind, x.kind AS evidenceId,
       [x.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[u1:USES]->(:Phone)-[x:CALLER]->(c:Call)-[y:CALLEE]->(:Phone)<-[u2:USES]-(b:Person)
WHERE a <> b
RETURN a.personId AS a, b.personId AS b, 'call' AS kind, c.callId AS evidenceId,
       [u1.reportIds, x.reportIds + y.reportIds, u2.reportIds] AS parts, 0.0 AS amount, c.start AS ts

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(:Account)-[x:SENT]->(t:Transaction)-[y:RECEIVED_BY]->(:Account)<-[h2:HOLDS]-(b:Person)
WHERE a <> b
RETURN a.personId AS a, b.personId AS b, 'transaction' AS kind, t.txId AS evidenceId,
       [h1.reportIds, x.reportIds + y.reportIds, h2.reportIds] AS parts, toFloat(t.amount) AS amount, t.ts AS ts

UNION ALL
MATCH (a:Person)-[u1:USES]->(ph:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_phone' AS kind, ph.e164 AS evidenceId,
       [u1.reportIds, u2.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(acc:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_account' AS kind, acc.accountId AS evidenceId,
       [h1.reportIds, h2.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_vehicle' AS kind, v.vehicleKey AS evidenceId,
       [d1.reportIds, d2.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[l1:LIVES_AT]->(l:Location)<-[l2:LIVES_AT]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_address' AS kind, l.locationId AS evidenceId,
       [l1.reportIds, l2.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[o1:OPERATES]->(r:Route)<-[o2:OPERATES]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'route' AS kind, r.routeId AS evidenceId,
       [o1.reportIds, o2.reportIds] AS parts, 0.0 AS amount, null AS ts

UNION ALL
MATCH (a:Person)-[t1:ATTENDED]->(m:Meeting)<-[t2:ATTENDED]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'meeting' AS kind, m.meetingId AS evidenceId,
       [t1.reportIds, t2.reportIds] AS parts, 0.0 AS amount, m.ts AS ts

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v1:Vehicle)-[m1:MADE]->(c1:Crossing)-[:AT]->(l:Location),
      (l)<-[:AT]-(c2:Crossing)<-[m2:MADE]-(v2:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE v1 <> v2 AND a <> b AND c1.crossingId < c2.crossingId
  AND abs(duration.inSeconds(c1.ts, c2.ts).seconds) <= $crossingWindowSeconds
RETURN a.personId AS a, b.personId AS b, 'crossing' AS kind, c1.crossingId + '|' + c2.crossingId AS evidenceId,
       [d1.reportIds, m1.reportIds, m2.reportIds, d2.reportIds] AS parts, 0.0 AS amount, c1.ts AS ts
