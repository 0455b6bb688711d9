// Waits until every index and constraint is online (after a bulk import the store builds them at first open).
CALL db.awaitIndexes($seconds)
