// Entity resolution: record candidate pairs as (a)-[:POSSIBLE_SAME_AS]->(b), smaller personId first.
// A new pair is 'open'; a pair already decided keeps its status (a rejected pair is not proposed again);
// the strongest rule seen so far is kept. Returns how many pairs were new.
UNWIND $candidates AS c
MATCH (a:Person {personId: c.a})
MATCH (b:Person {personId: c.b})
MERGE (a)-[p:POSSIBLE_SAME_AS]->(b)
ON CREATE SET p.status = 'open', p.createdAt = datetime(), p.isNew = true
WITH c, p, p.score AS old, coalesce(p.isNew, false) AS created
SET p.score = CASE WHEN old IS NULL OR c.score > old THEN c.score ELSE old END,
    p.rule = CASE WHEN old IS NULL OR c.score > old THEN c.rule ELSE p.rule END,
    p.via = CASE WHEN old IS NULL OR c.score > old THEN c.via ELSE p.via END
REMOVE p.isNew
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
