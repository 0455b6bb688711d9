// Entity resolution, rule similar-name+shared-…: two named persons who use the same phone, hold the same
// account or drive/keep the same vehicle. Java scores their names (Jaro-Winkler) and keeps similar ones.
MATCH (a:Person)-[:USES]->(ph:Phone)<-[:USES]-(b:Person)
WHERE a.personId < b.personId AND a.nameKey IS NOT NULL AND b.nameKey IS NOT NULL
RETURN a.personId AS a, b.personId AS b, a.nameKey AS nameA, b.nameKey AS nameB,
       'similar-name+shared-phone' AS rule, ph.e164 AS via
UNION
MATCH (a:Person)-[:HOLDS]->(acc:Account)<-[:HOLDS]-(b:Person)
WHERE a.personId < b.personId AND a.nameKey IS NOT NULL AND b.nameKey IS NOT NULL
RETURN a.personId AS a, b.personId AS b, a.nameKey AS nameA, b.nameKey AS nameB,
       'similar-name+shared-account' AS rule, acc.accountId AS via
UNION
MATCH (a:Person)-[:DRIVES|KEEPER_OF]->(v:Vehicle)<-[:DRIVES|KEEPER_OF]-(b:Person)
WHERE a.personId < b.personId AND a.nameKey IS NOT NULL AND b.nameKey IS NOT NULL
RETURN a.personId AS a, b.personId AS b, a.nameKey AS nameA, b.nameKey AS nameB,
       'similar-name+shared-vehicle' AS rule, v.vehicleKey AS via
