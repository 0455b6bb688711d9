// Entity resolution, rule similar-name+shared-…: two named persons who use the same phone, hold the same
// account or drive/keep the same vehicle. Each person comes with the names reports claim for them
// ({reportId, nameKey}, docs/provenance.md); Java takes the most trusted one and scores the names
// (Jaro-Winkler), keeping similar ones.
MATCH (a:Person)-[:USES]->(ph:Phone)<-[:USES]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b,
       [(r:Report)-[k:ASSERTS]->(a) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsA,
       [(r:Report)-[k:ASSERTS]->(b) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsB,
       'similar-name+shared-phone' AS rule, ph.e164 AS via
UNION
MATCH (a:Person)-[:HOLDS]->(acc:Account)<-[:HOLDS]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b,
       [(r:Report)-[k:ASSERTS]->(a) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsA,
       [(r:Report)-[k:ASSERTS]->(b) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsB,
       'similar-name+shared-account' AS rule, acc.accountId AS via
UNION
MATCH (a:Person)-[:DRIVES|KEEPER_OF]->(v:Vehicle)<-[:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId < b.personId
RETURN a.personId AS a, b.personId AS b,
       [(r:Report)-[k:ASSERTS]->(a) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsA,
       [(r:Report)-[k:ASSERTS]->(b) WHERE k.nameKey IS NOT NULL | {reportId: r.reportId, nameKey: k.nameKey}] AS claimsB,
       'similar-name+shared-vehicle' AS rule, v.vehicleKey AS via
