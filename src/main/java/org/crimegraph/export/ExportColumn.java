package org.crimegraph.export;

import java.util.function.Function;

/**
 * One exported field of a node or edge row: its name (the CSV header and the GraphML
 * {@code attr.name}), its type and how to read it. Declared once so that CSV and GraphML carry the
 * same fields under the same names.
 *
 * @param name  column / attribute name
 * @param type  value type
 * @param value reads the value from a row; {@code null} means "no value" (empty CSV cell, absent GraphML data)
 * @param <R>   row type
 */
record ExportColumn<R>(String name, ColumnType type, Function<R, Object> value) {
}
