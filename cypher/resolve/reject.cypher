// Entity resolution: an analyst decides that persons $a and $b (a < b) are different people; the
// candidate is kept with status 'rejected' so it is not proposed again.
MATCH (a:Person {personId: $a})
MATCH (b:Person {personId: $b})
OPTIONAL MATCH (a)-[s:SAME_AS]->(b)
DELETE s
MERGE (a)-[p:POSSIBLE_SAME_AS]->(b)
ON CREATE SET p.createdAt = datetime($at), p.rule = 'analyst', p.score = 0.0
SET p.status = 'rejected', p.decidedBy = $by, p.decidedAt = datetime($at)
CREATE (:ResolutionDecision {a: $a, b: $b, action: 'reject', by: $by, at: datetime($at)})
RETURN a.personId AS a
