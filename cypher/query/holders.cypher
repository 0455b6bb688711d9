// Who holds the phones, accounts and vehicles of a multi-mode path (path --full): the persons who USE a
// phone, HOLD an account, or DRIVE or are KEEPER_OF a vehicle, as stored, before any release rule.
// $phones: E.164 numbers; $accounts: account ids; $vehicles: vehicle keys.
// One row per holding: the thing (label, key), the person, the relationship's type and the reports that
// assert it, and the claims about the person ({reportId, name}). The release component keeps a holding only
// if an allowed report asserts the relationship and an allowed report asserts the person, and names the
// person from allowed claims only (docs/provenance.md).
MATCH (p:Person)-[h:USES]->(x:Phone)
WHERE x.e164 IN $phones
RETURN 'Phone' AS label, x.e164 AS key, p.personId AS personId, type(h) AS type, coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(p) | {reportId: r.reportId, name: k.name}] AS claims
UNION ALL
MATCH (p:Person)-[h:HOLDS]->(x:Account)
WHERE x.accountId IN $accounts
RETURN 'Account' AS label, x.accountId AS key, p.personId AS personId, type(h) AS type,
       coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(p) | {reportId: r.reportId, name: k.name}] AS claims
UNION ALL
MATCH (p:Person)-[h:DRIVES|KEEPER_OF]->(x:Vehicle)
WHERE x.vehicleKey IN $vehicles
RETURN 'Vehicle' AS label, x.vehicleKey AS key, p.personId AS personId, type(h) AS type,
       coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(p) | {reportId: r.reportId, name: k.name}] AS claims
