// A person drives or keeps a vehicle; a vehicle is keyed by country and normalised registration (its node
// keeps key, registration and country). The make is the report's claim on its ASSERTS relationship.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (p:Person {personId: row.personId})
MERGE (v:Vehicle {vehicleKey: row.vehicleKey})
  ON CREATE SET v.vrm = row.vrm, v.country = row.country
FOREACH (_ IN CASE WHEN row.relation = 'DRIVES' THEN [1] ELSE [] END |
  MERGE (p)-[d:DRIVES]->(v)
  SET d.reportIds = CASE WHEN row.reportId IN coalesce(d.reportIds, []) THEN d.reportIds
                         ELSE coalesce(d.reportIds, []) + row.reportId END)
FOREACH (_ IN CASE WHEN row.relation = 'KEEPER_OF' THEN [1] ELSE [] END |
  MERGE (p)-[k:KEEPER_OF]->(v)
  SET k.reportIds = CASE WHEN row.reportId IN coalesce(k.reportIds, []) THEN k.reportIds
                         ELSE coalesce(k.reportIds, []) + row.reportId END)
MERGE (r)-[c:ASSERTS]->(v)
SET c.make = coalesce(row.make, c.make)
