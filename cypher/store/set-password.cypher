// Run on the system database of the embedded store, through the embedded API (never over Bolt), at
// every start: the neo4j user's password becomes this process's random secret, which is never written
// down. Old secrets (and Neo4j's default password on a new store) stop working.
ALTER USER neo4j SET PASSWORD $secret CHANGE NOT REQUIRED
