// What one person holds ('node'): the phones they USE, the accounts they HOLD, the vehicles they DRIVE or are
// KEEPER_OF and the locations they LIVE_AT, as stored, before any release rule. One row per relationship: the
// kind of holding, the thing's key and shown form, the relationship's type and the reports that assert it, and
// the claims describing the thing ({reportId, detail}: an account's bank, a vehicle's make, an address's name).
// The release component keeps a holding only if an allowed report asserts the relationship, cites only the
// allowed reports, and describes the thing from allowed claims only (docs/provenance.md).
MATCH (:Person {personId: $id})-[h:USES]->(x:Phone)
RETURN 'phone' AS kind, x.e164 AS key, x.e164 AS shown, type(h) AS relationship,
       coalesce(h.reportIds, []) AS reportIds, [] AS claims
UNION ALL
MATCH (:Person {personId: $id})-[h:HOLDS]->(x:Account)
RETURN 'account' AS kind, x.accountId AS key, coalesce(x.iban, x.accountId) AS shown, type(h) AS relationship,
       coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(x) | {reportId: r.reportId, detail: k.bank}] AS claims
UNION ALL
MATCH (:Person {personId: $id})-[h:DRIVES|KEEPER_OF]->(x:Vehicle)
RETURN 'vehicle' AS kind, x.vehicleKey AS key, coalesce(x.vrm, x.vehicleKey) AS shown, type(h) AS relationship,
       coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(x) | {reportId: r.reportId, detail: k.make}] AS claims
UNION ALL
MATCH (:Person {personId: $id})-[h:LIVES_AT]->(x:Location)
RETURN 'address' AS kind, x.locationId AS key, x.locationId AS shown, type(h) AS relationship,
       coalesce(h.reportIds, []) AS reportIds,
       [(r:Report)-[k:ASSERTS]->(x) | {reportId: r.reportId, detail: k.name}] AS claims
