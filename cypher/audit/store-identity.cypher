// The store's identity: a random id created once, the first time anything is audited on the store, and
// kept in the store itself (so a copied store keeps it). Audit anchors and audit lines name it.
MERGE (s:StoreIdentity {name: 'store'})
ON CREATE SET s.storeId = $candidate, s.createdAt = datetime()
RETURN s.storeId AS storeId
