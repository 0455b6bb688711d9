package org.crimegraph.export;

/**
 * The value type of an exported column: decides whether CSV writes the value as a number or as
 * (neutralised) text, and which {@code attr.type} GraphML declares for it.
 */
enum ColumnType {
    INT,
    DOUBLE,
    BOOLEAN,
    STRING
}
