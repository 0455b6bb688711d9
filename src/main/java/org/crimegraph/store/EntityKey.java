package org.crimegraph.store;

/**
 * The entities an input row may cite by key, each with the statement that finds which keys are not in
 * the store yet. A fixed list: labels and properties never come from input.
 */
public enum EntityKey {
    REPORT("report"),
    PERSON("person"),
    LOCATION("location"),
    VEHICLE("vehicle"),
    ROUTE("route"),
    ORGANIZATION("organization");

    private final String statement;

    EntityKey(String name) {
        this.statement = "lookup/missing-" + name;
    }

    /** Name of the statement in {@code cypher/lookup/} that returns the missing keys. */
    public String missingStatement() {
        return statement;
    }
}
