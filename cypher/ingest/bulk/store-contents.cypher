// ingest --bulk: how many nodes the store holds besides the schema marker a first open writes. The offline
// importer replaces the whole database, so --bulk loads only into a store where this is 0. Both counts come
// from the count store (no scan).
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH (m:CrimegraphSchema) RETURN count(m) AS markers }
RETURN nodes - markers AS others
