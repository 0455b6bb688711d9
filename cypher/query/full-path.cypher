// Shortest path between two persons through the multi-mode graph: person-phone-call-phone-person,
// person-account-transaction-account-person, shared vehicles, addresses, routes, meetings, associations.
// Places reached through crossings or meeting venues are not followed (a port links everyone who ever
// passed through it). Every relationship on the path must be asserted by an allowed report ($allowed: the
// ids the release component allows); the predicate is checked during the search. At most 24 relationships.
// Each node comes with its key and the claims about it ({reportId, name, at}: a person's, location's or
// route's name, an event's time as text); the release component names and dates it from allowed claims
// only (docs/provenance.md). A vehicle is shown by its registration, part of its key.
MATCH (a:Person {personId: $a}), (b:Person {personId: $b})
MATCH p = shortestPath((a)-[:USES|CALLER|CALLEE|HOLDS|SENT|RECEIVED_BY|DRIVES|KEEPER_OF|OPERATES|ATTENDED|ASSOCIATE_OF|LIVES_AT*..24]-(b))
WHERE all(r IN relationships(p) WHERE any(id IN r.reportIds WHERE id IN $allowed))
RETURN [n IN nodes(p) | {label: head(labels(n)),
                         key: coalesce(n.personId, n.e164, n.accountId, n.vehicleKey, n.locationId, n.routeId,
                                       n.meetingId, n.callId, n.txId, ''),
                         vrm: n.vrm,
                         claims: [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, name: k.name,
                                                                 at: toString(coalesce(k.start, k.ts))}]}] AS nodes,
       [r IN relationships(p) | {type: type(r), reportIds: [id IN r.reportIds WHERE id IN $allowed]}] AS rels
