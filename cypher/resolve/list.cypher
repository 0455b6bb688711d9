// Entity resolution: candidate pairs (optionally of one status), strongest first, with who decided. Each
// person comes with the claims about them ({reportId, name, dob}, docs/provenance.md); Java shows the most
// trusted (resolution is internal work: every report counts).
MATCH (a:Person)-[p:POSSIBLE_SAME_AS]->(b:Person)
WHERE $status IS NULL OR p.status = $status
RETURN a.personId AS a, [(r:Report)-[k:ASSERTS]->(a) | {reportId: r.reportId, name: k.name, dob: k.dob}] AS claimsA,
       b.personId AS b, [(r:Report)-[k:ASSERTS]->(b) | {reportId: r.reportId, name: k.name, dob: k.dob}] AS claimsB,
       p.score AS score, p.rule AS rule, p.via AS via, p.status AS status, p.createdAt AS createdAt,
       p.decidedBy AS decidedBy, p.decidedAt AS decidedAt
ORDER BY score DESC, a, b
