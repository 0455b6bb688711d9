// The names of the indexes and constraints the store already has, read once at open so that only the
// missing statements of cypher/schema.cypher are run (each of those is planned and run separately,
// which costs a fresh process several seconds; docs/performance.md, "Start-up").
SHOW INDEXES YIELD name
RETURN collect(name) AS names
