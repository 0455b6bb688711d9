// Which of the given callId values already have a Call node (ingest creates the others outright).
UNWIND $ids AS id
MATCH (n:Call {callId: id})
RETURN id
