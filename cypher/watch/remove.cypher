// Removes persons from the watchlist (crimegraph watch remove); returns the ids that were watched.
MATCH (w:WatchEntry)
WHERE w.personId IN $personIds
WITH w, w.personId AS personId
DELETE w
RETURN collect(personId) AS removed
