// The store's data model version (docs/provenance.md §7), and whether it holds any report: a store with
// reports and no marker was written before values became claims (schema 1).
OPTIONAL MATCH (m:CrimegraphSchema {name: 'crimegraph'})
RETURN m.version AS version, EXISTS { MATCH (:Report) } AS hasReports
