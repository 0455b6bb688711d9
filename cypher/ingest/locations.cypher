// Locations: addresses, ports, border crossings, cell sites, cities.
UNWIND $rows AS row
MATCH (r:Report {reportId: row.reportId})
MERGE (l:Location {locationId: row.locationId})
SET l.name = coalesce(row.name, l.name),
    l.country = coalesce(row.country, l.country),
    l.kind = coalesce(row.kind, l.kind),
    l.point = CASE WHEN row.lat IS NULL THEN l.point ELSE point({latitude: row.lat, longitude: row.lon}) END
MERGE (r)-[:ASSERTS]->(l)
