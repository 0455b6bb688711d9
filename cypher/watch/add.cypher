// Adds persons to the watchlist (crimegraph watch add); adding a watched person again updates the reason only.
UNWIND $entries AS e
MERGE (w:WatchEntry {personId: e.personId})
ON CREATE SET w.addedBy = e.addedBy, w.addedAt = e.addedAt
SET w.reason = e.reason
RETURN count(w) AS watched
