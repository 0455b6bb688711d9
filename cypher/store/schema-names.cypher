// The names of the indexes the store already has, read once at open so that only the missing statements
// of cypher/schema.cypher are run (each of those is planned and run on its own, which costs a fresh
// process seconds; docs/performance.md, "Start-up"). A uniqueness constraint owns an index of the same
// name, so this also names every constraint of schema.cypher; a statement whose name is not listed is run.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
