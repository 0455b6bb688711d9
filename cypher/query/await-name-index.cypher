// Waits until the name index is online (it is populated in the background after creation).
CALL db.awaitIndex('claim_names', $seconds)
