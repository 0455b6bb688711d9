// Takes the named run lock for $owner until $expiresAt if it is free, expired, already $owner's, or still
// held by $staleOwner (a holder found dead; null when there is none), so that the take-over is a
// compare-and-set: a lock that changed hands in between is not taken.
// Writing l.lastAttemptBy first takes Neo4j's write lock on the node, so the check below reads the
// latest committed owner and two runs cannot both find the lock free.
MERGE (l:RunLock {name: $name})
SET l.lastAttemptBy = $owner
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < datetime()
          OR coalesce(l.owner = $staleOwner, false)) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.acquiredAt = CASE WHEN free THEN datetime() ELSE l.acquiredAt END,
    l.expiresAt = CASE WHEN free THEN datetime($expiresAt) ELSE l.expiresAt END
RETURN free AS taken, l.owner AS owner, toString(l.acquiredAt) AS acquiredAt, toString(l.expiresAt) AS expiresAt
