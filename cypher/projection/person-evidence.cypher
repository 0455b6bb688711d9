// The evidence that links two persons (design.md §3), one row per piece of evidence, as stored, before any
// release rule (the release component decides what stands; docs/provenance.md):
//   a, b        the two persons (in either order; the projection orders them)
//   kind        associate, transaction, shared_phone, shared_account, shared_vehicle,
//               shared_address, route, meeting, crossing
//   evidenceId  what the evidence is (call id, transaction id, phone number ...), to count it once
//   parts       for EVERY relationship the evidence uses, the reports that assert it; the evidence stands
//               under a release rule only if every part keeps at least one allowed report
//   events      for each event the evidence involves (a call, a transfer, a meeting, the two crossings of
//               "crossed together"), the claims about it: {reportId, at (its time), amount (transfers)}.
//               The event itself must be asserted by an allowed report, and its time and amount are taken
//               from allowed claims only.
// Calls are not here: joining every call to its phones' users in Cypher re-read the users' relationships
// and persons for each of ten million calls (7,000 rows/s at a million persons). The calls and the phone
// users are read once each (calls.cypher, phone-users.cypher) and joined in Java (store.PersonNetworkReader).
// "Crossed together" (kind crossing) is not here: pairing crossings by time is a sweep over each place's
// crossings, done in Java (graph.CrossingPairs) from cypher/projection/crossing-sightings.cypher; a
// self-join per place here was quadratic in the crossings of a busy border point.

MATCH (a:Person)-[x:ASSOCIATE_OF]->(b:Person)
RETURN a.personId AS a, b.personId AS b, 'associate' AS kind, x.kind AS evidenceId,
       [x.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(:Account)-[x:SENT]->(t:Transaction)-[y:RECEIVED_BY]->(:Account)<-[h2:HOLDS]-(b:Person)
WHERE a <> b
RETURN a.personId AS a, b.personId AS b, 'transaction' AS kind, t.txId AS evidenceId,
       [h1.reportIds, x.reportIds, y.reportIds, h2.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(t) | {reportId: r.reportId, at: k.ts, amount: toFloat(k.amount)}]] AS events

UNION ALL
MATCH (a:Person)-[u1:USES]->(ph:Phone)<-[u2:USES]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_phone' AS kind, ph.e164 AS evidenceId,
       [u1.reportIds, u2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[h1:HOLDS]->(acc:Account)<-[h2:HOLDS]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_account' AS kind, acc.accountId AS evidenceId,
       [h1.reportIds, h2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[d1:DRIVES|KEEPER_OF]->(v:Vehicle)<-[d2:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_vehicle' AS kind, v.vehicleKey AS evidenceId,
       [d1.reportIds, d2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[l1:LIVES_AT]->(l:Location)<-[l2:LIVES_AT]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'shared_address' AS kind, l.locationId AS evidenceId,
       [l1.reportIds, l2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[o1:OPERATES]->(r:Route)<-[o2:OPERATES]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'route' AS kind, r.routeId AS evidenceId,
       [o1.reportIds, o2.reportIds] AS parts, [] AS events

UNION ALL
MATCH (a:Person)-[t1:ATTENDED]->(m:Meeting)<-[t2:ATTENDED]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, 'meeting' AS kind, m.meetingId AS evidenceId,
       [t1.reportIds, t2.reportIds] AS parts,
       [[(r:Report)-[k:ASSERTS]->(m) | {reportId: r.reportId, at: k.ts}]] AS events

