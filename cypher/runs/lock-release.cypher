// Frees the named run lock if $owner holds it.
MATCH (l:RunLock {name: $name, owner: $owner})
REMOVE l.owner, l.acquiredAt, l.expiresAt
RETURN l.name AS name
