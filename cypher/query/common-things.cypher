// What two persons share directly: phones, accounts, vehicles, addresses, meetings, routes. One row per
// shared thing with, for each of the two persons, the reports behind their tie to it.
MATCH (a:Person {personId: $a})-[ra:USES]->(n:Phone)<-[rb:USES]-(b:Person {personId: $b})
RETURN 'phone' AS kind, n.e164 AS key, n.e164 AS label, null AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:HOLDS]->(n:Account)<-[rb:HOLDS]-(b:Person {personId: $b})
RETURN 'account' AS kind, n.accountId AS key, coalesce(n.bank, n.accountId) AS label, null AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:DRIVES|KEEPER_OF]->(n:Vehicle)<-[rb:DRIVES|KEEPER_OF]-(b:Person {personId: $b})
RETURN 'vehicle' AS kind, n.vehicleKey AS key, n.vrm + coalesce(' ' + n.make, '') AS label, null AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:LIVES_AT]->(n:Location)<-[rb:LIVES_AT]-(b:Person {personId: $b})
RETURN 'address' AS kind, n.locationId AS key, coalesce(n.name, n.locationId) AS label, null AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:ATTENDED]->(n:Meeting)<-[rb:ATTENDED]-(b:Person {personId: $b})
OPTIONAL MATCH (n)-[:AT]->(l:Location)
RETURN 'meeting' AS kind, n.meetingId AS key, n.meetingId + coalesce(' at ' + l.name, '') AS label, n.ts AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
UNION ALL
MATCH (a:Person {personId: $a})-[ra:OPERATES]->(n:Route)<-[rb:OPERATES]-(b:Person {personId: $b})
RETURN 'route' AS kind, n.routeId AS key, coalesce(n.name, n.routeId) AS label, null AS at, ra.reportIds AS aReports, rb.reportIds AS bReports
