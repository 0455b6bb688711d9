// Persons whose name or an alias matches a full-text query (index person_names, accent- and case-folding).
CALL db.index.fulltext.queryNodes('person_names', $query) YIELD node, score
RETURN node.personId AS personId, node.nameKey AS nameKey, score
ORDER BY score DESC, personId
LIMIT $limit
