// Entity resolution: an analyst confirms that persons $a and $b (a < b) are one person. Nothing is merged
// destructively: a SAME_AS decision relationship records who and when, and the projection maps both to
// one canonical person (cypher/projection/same-as.cypher). Undo deletes it (resolve/undo.cypher).
MATCH (a:Person {personId: $a})
MATCH (b:Person {personId: $b})
MERGE (a)-[s:SAME_AS]->(b)
SET s.decidedBy = $by, s.decidedAt = datetime($at)
MERGE (a)-[p:POSSIBLE_SAME_AS]->(b)
ON CREATE SET p.createdAt = datetime($at), p.rule = 'analyst', p.score = 1.0
SET p.status = 'confirmed', p.decidedBy = $by, p.decidedAt = datetime($at)
CREATE (:ResolutionDecision {a: $a, b: $b, action: 'confirm', by: $by, at: datetime($at)})
RETURN a.personId AS a
