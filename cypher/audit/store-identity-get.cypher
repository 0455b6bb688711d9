// The store's identity, if it has one (read only: 'audit verify' never creates it).
MATCH (s:StoreIdentity)
RETURN s.storeId AS storeId
