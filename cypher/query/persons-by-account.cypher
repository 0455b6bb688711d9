// Persons who hold an account (normalised IBAN), with the reports behind each holding.
MATCH (p:Person)-[h:HOLDS]->(:Account {accountId: $key})
RETURN p.personId AS personId, h.reportIds AS reportIds
ORDER BY personId
