// The watchlist, by person id.
MATCH (w:WatchEntry)
RETURN w.personId AS personId, w.reason AS reason, w.addedBy AS addedBy, w.addedAt AS addedAt
ORDER BY personId
