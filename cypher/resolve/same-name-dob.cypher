// Entity resolution, rule same-name-dob: two persons for whom some report claims the same normalised name
// (nameKey: NFKD, accents removed, case-folded) and the same date of birth (claims on ASSERTS, see
// docs/provenance.md; index claim_name_key). Each pair once (smaller personId first), with the matching claims.
MATCH (ra:Report)-[ka:ASSERTS]->(a:Person)
WHERE ka.nameKey IS NOT NULL AND ka.dob IS NOT NULL
MATCH (rb:Report)-[kb:ASSERTS {nameKey: ka.nameKey}]->(b:Person)
WHERE kb.dob = ka.dob AND a.personId < b.personId
WITH a, b, collect({reportId: ra.reportId, nameKey: ka.nameKey}) AS claimsA,
     collect({reportId: rb.reportId, nameKey: kb.nameKey}) AS claimsB
RETURN a.personId AS a, b.personId AS b, claimsA, claimsB, 'same-name-dob' AS rule, '' AS via
ORDER BY a, b
