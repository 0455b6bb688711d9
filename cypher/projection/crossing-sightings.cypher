// Every crossing made by a vehicle a person drives or keeps, one row per (crossing, vehicle, person, DRIVES or
// KEEPER_OF relationship), with the place it was made at, the facts it rests on and every claim of its time,
// as stored, before any release rule. graph.CrossingPairs pairs the crossings of one place made within the
// crossing window by different vehicles of different persons into "crossed together" evidence (kind
// crossing), with the parts [driver, made, at, at, made, driver] and the events [claims, claims] that
// cypher/projection/person-evidence.cypher gives the other kinds (docs/provenance.md).
MATCH (l:Location)<-[at:AT]-(c:Crossing)<-[m:MADE]-(v:Vehicle)<-[d:DRIVES|KEEPER_OF]-(p:Person)
RETURN l.locationId AS location, c.crossingId AS crossingId, v.vehicleKey AS vehicle, p.personId AS person,
       d.reportIds AS driverReports, m.reportIds AS madeReports, at.reportIds AS atReports,
       [(r:Report)-[k:ASSERTS]->(c) | {reportId: r.reportId, at: k.ts}] AS claims
