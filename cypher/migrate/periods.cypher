// Migration to schema 2 (docs/provenance.md §7): a relationship's legacy period (from, to) becomes per-report
// entries 'reportId|from|to' in periods[], for its restricted (non-P) reports only unless all are shareable.
MATCH ()-[rel:USES|HOLDS|LIVES_AT|MEMBER_OF|DIRECTOR_OF]->()
WHERE rel.from IS NOT NULL OR rel.to IS NOT NULL
WITH rel, COLLECT { MATCH (r:Report) WHERE r.reportId IN coalesce(rel.reportIds, []) RETURN r } AS reports
WITH rel, CASE WHEN all(r IN reports WHERE r.handling = 'P') THEN reports
               ELSE [r IN reports WHERE r.handling <> 'P'] END AS targets
WITH rel, [r IN targets | r.reportId + '|' + coalesce(toString(rel.from), '') + '|' + coalesce(toString(rel.to), '')] AS added
SET rel.periods = coalesce(rel.periods, []) + [p IN added WHERE NOT p IN coalesce(rel.periods, [])]
REMOVE rel.from, rel.to
