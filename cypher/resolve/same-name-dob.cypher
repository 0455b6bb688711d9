// Entity resolution, rule same-name-dob: two persons with the same normalised name (nameKey: NFKD,
// accents removed, case-folded) and the same date of birth. Each pair once (smaller personId first).
MATCH (a:Person)
WHERE a.nameKey IS NOT NULL AND a.dob IS NOT NULL
MATCH (b:Person {nameKey: a.nameKey})
WHERE b.dob = a.dob AND a.personId < b.personId
RETURN a.personId AS a, b.personId AS b, a.nameKey AS nameA, b.nameKey AS nameB, 'same-name-dob' AS rule,
       '' AS via
