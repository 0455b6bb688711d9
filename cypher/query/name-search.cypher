// Name search: the claims whose name or an alias matches a full-text query (index claim_names over the
// names and aliases each report claims, accent- and case-folding), one row per matching claim with the
// person and the claiming report. The release component keeps only hits from allowed reports, so a person
// is never found by a name or alias only withheld reports give (docs/provenance.md).
CALL db.index.fulltext.queryRelationships('claim_names', $query) YIELD relationship, score
WITH relationship AS claim, score
MATCH (r:Report)-[claim]->(p:Person)
RETURN p.personId AS personId, r.reportId AS reportId, claim.nameKey AS nameKey, score
ORDER BY score DESC, personId, reportId
