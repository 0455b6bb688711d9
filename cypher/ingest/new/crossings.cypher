// Crossings whose crossingId no Crossing node has yet, each once (ingest checked the ids in this
// transaction; repeats and known ids go through cypher/ingest/crossings.cypher): the same graph as a first
// sighting there. A null direction sets no property, as there.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MATCH (v:Vehicle {vehicleKey: row.vehicleKey})
MATCH (l:Location {locationId: row.locationId})
CREATE (v)-[:MADE {reportIds: [row.reportId]}]->(c:Crossing {crossingId: row.crossingId})-[:AT {reportIds: [row.reportId]}]->(l)
CREATE (r)-[:ASSERTS {ts: row.ts, direction: row.direction}]->(c)
