// Entity resolution: undo the decision on persons $a and $b (a < b): the SAME_AS relationship goes, the
// candidate is open again, and the undo itself is recorded. The persons were never changed, so this is exact.
MATCH (a:Person {personId: $a})-[p:POSSIBLE_SAME_AS]->(b:Person {personId: $b})
WHERE p.status IN ['confirmed', 'rejected']
OPTIONAL MATCH (a)-[s:SAME_AS]->(b)
DELETE s
WITH a, b, p, p.status AS undone
SET p.status = 'open', p.decidedBy = null, p.decidedAt = null
CREATE (:ResolutionDecision {a: $a, b: $b, action: 'undo ' + undone, by: $by, at: datetime($at)})
RETURN undone
