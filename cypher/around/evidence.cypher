// The multi-mode elements behind the person-to-person links of an export around chosen persons
// (export --around … --hops N, counted in person-to-person steps like 'neighbours'): for each piece of
// evidence that stands under the release (read and vetted by cypher/query/evidence-of.cypher and the
// release component), the nodes and relationships it is made of, as stored, before any release rule.
// $items: one map per piece of evidence {a, b, kind, id}: the two persons, the evidence kind and its id
// (call id, transaction id, phone number, account id, vehicle key, location id, route id, meeting id,
// association kind, or for crossings both crossing ids joined by '|').
// One row per piece of evidence and matching path: its nodes (identity, and the claims of every asserting
// report: {reportId, name, amount as text, at: time as text}) and relationships (type, ends, association
// kind, and the reports that assert each). The Java reader keeps a relationship only if an allowed report
// asserts it and a node only if an allowed report asserts it, or no report does (docs/provenance.md).
// A meeting comes with its place when the AT relationship is there (the reader keeps it only if allowed).
UNWIND $items AS e
CALL {
  WITH e
  WITH e WHERE e.kind = 'associate'
  MATCH path = (a:Person {personId: e.a})-[x:ASSOCIATE_OF]-(b:Person {personId: e.b})
  WHERE x.kind = e.id
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'call'
  MATCH (c:Call {callId: e.id})
  MATCH path = (:Person {personId: e.a})-[:USES]->(:Phone)-[x:CALLER|CALLEE]-(c)-[y:CALLER|CALLEE]-(:Phone)<-[:USES]-(:Person {personId: e.b})
  WHERE type(x) <> type(y)
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'transaction'
  MATCH (t:Transaction {txId: e.id})
  MATCH path = (:Person {personId: e.a})-[:HOLDS]->(:Account)-[x:SENT|RECEIVED_BY]-(t)-[y:SENT|RECEIVED_BY]-(:Account)<-[:HOLDS]-(:Person {personId: e.b})
  WHERE type(x) <> type(y)
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'shared_phone'
  MATCH path = (:Person {personId: e.a})-[:USES]->(:Phone {e164: e.id})<-[:USES]-(:Person {personId: e.b})
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'shared_account'
  MATCH path = (:Person {personId: e.a})-[:HOLDS]->(:Account {accountId: e.id})<-[:HOLDS]-(:Person {personId: e.b})
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'shared_vehicle'
  MATCH path = (:Person {personId: e.a})-[:DRIVES|KEEPER_OF]->(:Vehicle {vehicleKey: e.id})<-[:DRIVES|KEEPER_OF]-(:Person {personId: e.b})
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'shared_address'
  MATCH path = (:Person {personId: e.a})-[:LIVES_AT]->(:Location {locationId: e.id})<-[:LIVES_AT]-(:Person {personId: e.b})
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'route'
  MATCH path = (:Person {personId: e.a})-[:OPERATES]->(:Route {routeId: e.id})<-[:OPERATES]-(:Person {personId: e.b})
  RETURN path, null AS extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'meeting'
  MATCH (m:Meeting {meetingId: e.id})
  MATCH path = (:Person {personId: e.a})-[:ATTENDED]->(m)<-[:ATTENDED]-(:Person {personId: e.b})
  OPTIONAL MATCH extra = (m)-[:AT]->(:Location)
  RETURN path, extra
  UNION ALL
  WITH e
  WITH e WHERE e.kind = 'crossing'
  MATCH path = (:Person {personId: e.a})-[:DRIVES|KEEPER_OF]->(v1:Vehicle)-[:MADE]->(x:Crossing)-[:AT]->(:Location)
               <-[:AT]-(y:Crossing)<-[:MADE]-(v2:Vehicle)<-[:DRIVES|KEEPER_OF]-(:Person {personId: e.b})
  WHERE v1 <> v2 AND x <> y AND x.crossingId IN split(e.id, '|') AND y.crossingId IN split(e.id, '|')
  RETURN path, null AS extra
}
WITH e, nodes(path) + CASE WHEN extra IS NULL THEN [] ELSE nodes(extra) END AS ns,
     relationships(path) + CASE WHEN extra IS NULL THEN [] ELSE relationships(extra) END AS rs
RETURN e.a AS a, e.b AS b,
       [n IN ns | {nodeId: elementId(n),
                   kind: [l IN labels(n) WHERE l IN ['Person', 'Phone', 'Account', 'Vehicle', 'Location', 'Route', 'Call',
                                                     'Transaction', 'Crossing', 'Meeting']][0],
                   key: coalesce(n.personId, n.e164, n.accountId, n.vehicleKey, n.locationId, n.routeId, n.callId,
                                 n.txId, n.crossingId, n.meetingId),
                   identity: coalesce(n.vrm, n.iban, n.e164),
                   claims: [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, name: k.name,
                            amount: CASE WHEN k.amount IS NOT NULL THEN toString(k.amount) + ' ' + coalesce(k.currency, '') END,
                            at: toString(coalesce(k.start, k.ts))}]}] AS nodes,
       [r IN rs | {relId: elementId(r), type: type(r), fromId: elementId(startNode(r)), toId: elementId(endNode(r)),
                   detail: r.kind, reportIds: coalesce(r.reportIds, [])}] AS rels
