// Run through the embedded API right after the password changed and before this process connects:
// closes every Bolt connection open at that moment, i.e. any opened with an earlier password.
CALL dbms.listConnections() YIELD connectionId, connector
WHERE connector = 'bolt'
WITH collect(connectionId) AS ids
CALL dbms.killConnections(ids) YIELD connectionId
RETURN count(connectionId) AS closed
