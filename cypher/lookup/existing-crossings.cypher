// Which of the given crossingId values already have a Crossing node (ingest creates the others outright).
UNWIND $ids AS id
MATCH (n:Crossing {crossingId: id})
RETURN id
