// What two persons share directly: phones, accounts, vehicles, addresses, meetings, routes. One row per
// shared thing, as stored, with for each of the two persons the reports behind their tie to it, and the
// claims about the thing ({reportId, label, at}: an account's bank, a vehicle's make, a location's or
// route's name, a meeting's time). For meetings, places lists each AT relationship with its reports and the
// claims naming the place. The release component picks what a reader may see (docs/provenance.md).
MATCH (a:Person {personId: $a})-[ra:USES]->(n:Phone)<-[rb:USES]-(b:Person {personId: $b})
RETURN 'phone' AS kind, n.e164 AS key, null AS prefix, [] AS claims, [] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:HOLDS]->(n:Account)<-[rb:HOLDS]-(b:Person {personId: $b})
RETURN 'account' AS kind, n.accountId AS key, null AS prefix,
       [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, label: k.bank}] AS claims, [] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:DRIVES|KEEPER_OF]->(n:Vehicle)<-[rb:DRIVES|KEEPER_OF]-(b:Person {personId: $b})
RETURN 'vehicle' AS kind, n.vehicleKey AS key, n.vrm AS prefix,
       [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, label: k.make}] AS claims, [] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:LIVES_AT]->(n:Location)<-[rb:LIVES_AT]-(b:Person {personId: $b})
RETURN 'address' AS kind, n.locationId AS key, null AS prefix,
       [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, label: k.name}] AS claims, [] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:ATTENDED]->(n:Meeting)<-[rb:ATTENDED]-(b:Person {personId: $b})
RETURN 'meeting' AS kind, n.meetingId AS key, n.meetingId AS prefix,
       [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, at: k.ts}] AS claims,
       [(n)-[at:AT]->(l:Location) | {locationId: l.locationId, reportIds: at.reportIds,
                                     claims: [(r:Report)-[k:ASSERTS]->(l) | {reportId: r.reportId, name: k.name}]}] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:OPERATES]->(n:Route)<-[rb:OPERATES]-(b:Person {personId: $b})
RETURN 'route' AS kind, n.routeId AS key, null AS prefix,
       [(r:Report)-[k:ASSERTS]->(n) | {reportId: r.reportId, label: k.name}] AS claims, [] AS places,
       ra.reportIds AS aReports, rb.reportIds AS bReports
