// Entity resolution: candidate pairs (optionally of one status), strongest first, with who decided.
MATCH (a:Person)-[p:POSSIBLE_SAME_AS]->(b:Person)
WHERE $status IS NULL OR p.status = $status
RETURN a.personId AS a, a.name AS nameA, a.dob AS dobA, b.personId AS b, b.name AS nameB, b.dob AS dobB,
       p.score AS score, p.rule AS rule, p.via AS via, p.status AS status, p.createdAt AS createdAt,
       p.decidedBy AS decidedBy, p.decidedAt AS decidedAt
ORDER BY score DESC, a, b
