// Locations: addresses, ports, border crossings, cell sites, cities. Name, country, kind and point are the
// report's claim on its ASSERTS relationship (docs/provenance.md); an empty field keeps the report's earlier value.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (l:Location {locationId: row.locationId})
MERGE (r)-[a:ASSERTS]->(l)
SET a.name = coalesce(row.name, a.name),
    a.country = coalesce(row.country, a.country),
    a.kind = coalesce(row.kind, a.kind),
    a.point = CASE WHEN row.lat IS NULL THEN a.point ELSE point({latitude: row.lat, longitude: row.lon}) END
