// Neo4j product name, version and edition of the store in use.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
