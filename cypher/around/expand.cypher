// One hop out of the multi-mode subgraph around chosen persons (export --around), honouring handling codes:
// a relationship is followed only if an allowed report asserts it ($allowed: the ids the release component
// allows), and a node is kept only if an allowed report asserts it, or no report asserts it at all (e.g. a
// phone known only from allowed call records). Reports themselves are never part of the subgraph.
// $frontier: element ids of the nodes reached last hop. Each node comes with its identity (key, and the
// registration, IBAN or number that make up keys) and the claims of every asserting report ({reportId, name,
// amount: amount and currency as text, at: time as text}); the release component labels and dates it from
// allowed claims only (docs/provenance.md).
UNWIND $frontier AS id
MATCH (n) WHERE elementId(n) = id
MATCH (n)-[r:USES|CALLER|CALLEE|HOLDS|SENT|RECEIVED_BY|DRIVES|KEEPER_OF|MADE|AT|ATTENDED|ASSOCIATE_OF|OPERATES|STOP|LIVES_AT]-(m)
WHERE any(x IN coalesce(r.reportIds, []) WHERE x IN $allowed)
  AND (NOT EXISTS { MATCH (:Report)-[:ASSERTS]->(m) }
       OR EXISTS { MATCH (a:Report)-[:ASSERTS]->(m) WHERE a.reportId IN $allowed })
WITH r, m, [l IN labels(m) WHERE l IN ['Person', 'Phone', 'Account', 'Vehicle', 'Location', 'Route', 'Call',
                                        'Transaction', 'Crossing', 'Meeting', 'Organization']][0] AS kind
WHERE kind IS NOT NULL
RETURN elementId(r) AS relId, type(r) AS type, elementId(startNode(r)) AS fromId, elementId(endNode(r)) AS toId,
       r.kind AS detail, [x IN r.reportIds WHERE x IN $allowed] AS relReports,
       elementId(m) AS nodeId, kind,
       coalesce(m.personId, m.e164, m.accountId, m.vehicleKey, m.locationId, m.routeId, m.callId, m.txId,
                m.crossingId, m.meetingId, m.orgId) AS key,
       coalesce(m.vrm, m.iban, m.e164) AS identity,
       [(a:Report)-[k:ASSERTS]->(m) | {reportId: a.reportId, name: k.name,
            amount: CASE WHEN k.amount IS NOT NULL THEN toString(k.amount) + ' ' + coalesce(k.currency, '') END,
            at: toString(coalesce(k.start, k.ts))}] AS claims
