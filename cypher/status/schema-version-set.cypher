// Marks the store as written with data model $version (docs/provenance.md §7).
MERGE (m:CrimegraphSchema {name: 'crimegraph'})
SET m.version = $version
