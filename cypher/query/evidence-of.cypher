// The evidence that links each of the persons $ids to anyone (the projection's evidence, see
// cypher/projection/person-evidence.cypher, anchored at the given persons and read in both directions), as
// stored, before any release rule. One row per piece of evidence and direction:
//   a           a person of $ids;  b  the other person, with bClaims (the claims of the reports that assert b:
//               {reportId, name}), so that no second query is needed to vet and name the persons reached
//   kind        associate, call, transaction, shared_phone, shared_account, shared_vehicle,
//               shared_address, route, meeting, crossing
//   evidenceId  call id, transaction id, phone number … (crossings: both crossing ids, smaller first)
//   parts       for EVERY relationship the evidence uses, the reports that assert it
//   events      for each event it involves, the claims about it: {reportId, at, amount (transfers)}; the
//               release component takes the time and amount from allowed claims (docs/provenance.md)
// $crossingWindowSeconds: two vehicles crossing at one place within this many seconds "crossed together"
// (a candidate here if some claimed times are that close; the release component checks the allowed ones).

MATCH (a:Person)-[x:ASSOCIATE_OF]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'associate' AS kind, x.kind AS evidenceId, [x.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[u1:USES]->(:Phone)-[x:CALLER|CALLEE]-(c:Call)-[y:CALLER|CALLEE]-(:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId IN $ids AND a <> b AND type(x) <> type(y)
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'call' AS kind, c.callId AS evidenceId, [u1.reportIds, x.reportIds, y.reportIds, u2.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.start}]] AS events

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(:Account)-[x:SENT|RECEIVED_BY]-(t:Transaction)-[y:SENT|RECEIVED_BY]-(:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId IN $ids AND a <> b AND type(x) <> type(y)
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'transaction' AS kind, t.txId AS evidenceId, [h1.reportIds, x.reportIds, y.reportIds, h2.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(t) | {reportId: r.reportId, at: k.ts, amount: toFloat(k.amount)}]] AS events

UNION ALL
MATCH (a:Person)-[u1:USES]->(ph:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'shared_phone' AS kind, ph.e164 AS evidenceId, [u1.reportIds, u2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(acc:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'shared_account' AS kind, acc.accountId AS evidenceId, [h1.reportIds, h2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'shared_vehicle' AS kind, v.vehicleKey AS evidenceId, [d1.reportIds, d2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[l1:LIVES_AT]->(l:Location)<-[l2:LIVES_AT]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'shared_address' AS kind, l.locationId AS evidenceId, [l1.reportIds, l2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[o1:OPERATES]->(rt:Route)<-[o2:OPERATES]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'route' AS kind, rt.routeId AS evidenceId, [o1.reportIds, o2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[t1:ATTENDED]->(m:Meeting)<-[t2:ATTENDED]-(b:Person)
WHERE a.personId IN $ids AND a <> b
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'meeting' AS kind, m.meetingId AS evidenceId, [t1.reportIds, t2.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(m) | {reportId: r.reportId, at: k.ts}]] AS events

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v1:Vehicle)-[m1:MADE]->(c1:Crossing)-[at1:AT]->(l:Location)
WHERE a.personId IN $ids
WITH a, d1, v1, m1, c1, at1, l, [(r:Report)-[k:ASSERTS]->(c1) | {reportId: r.reportId, at: k.ts}] AS claims1
MATCH (l)<-[at2:AT]-(c2:Crossing)<-[m2:MADE]-(v2:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE v1 <> v2 AND a <> b
WITH a, b, d1, m1, c1, at1, claims1, at2, c2, m2, d2,
     [(r:Report)-[k:ASSERTS]->(c2) | {reportId: r.reportId, at: k.ts}] AS claims2
WHERE any(k1 IN claims1 WHERE any(k2 IN claims2
          WHERE abs(duration.inSeconds(k1.at, k2.at).seconds) <= $crossingWindowSeconds))
RETURN a.personId AS a, b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name}] AS bClaims,
       'crossing' AS kind,
       CASE WHEN c1.crossingId < c2.crossingId THEN c1.crossingId + '|' + c2.crossingId
            ELSE c2.crossingId + '|' + c1.crossingId END AS evidenceId,
       [d1.reportIds, m1.reportIds, at1.reportIds, at2.reportIds, m2.reportIds, d2.reportIds] AS parts,
       CASE WHEN c1.crossingId < c2.crossingId THEN [claims1, claims2] ELSE [claims2, claims1] END AS events
