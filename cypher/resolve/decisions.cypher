// Entity resolution: the history of decisions (confirm, reject, undo), oldest first.
MATCH (d:ResolutionDecision)
WHERE $a IS NULL OR (d.a = $a AND d.b = $b)
RETURN d.a AS a, d.b AS b, d.action AS action, d.by AS by, d.at AS at
ORDER BY at, a, b
