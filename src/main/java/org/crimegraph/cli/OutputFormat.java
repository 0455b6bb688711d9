package org.crimegraph.cli;

/**
 * What a command prints: a terminal table, CSV or JSON. One vocabulary for every {@code --format} that
 * chooses between them ({@link FormatOption}: table or json; {@link CsvFormatOption}: table, csv or json).
 */
enum OutputFormat { table, csv, json }
