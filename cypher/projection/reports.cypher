// Grading of every report: the projection keeps evidence only from reports that pass its filter.
MATCH (r:Report)
RETURN r.reportId AS reportId, r.agency AS agency, r.grade AS grade, r.handling AS handling
ORDER BY reportId
