package org.crimegraph.export;

/** The file formats an export can be written in; a manifest is always written as well. */
public enum ExportFormat {
    /** {@code nodes.csv} and {@code edges.csv}, for spreadsheets ({@link CsvNetworkWriter}). */
    CSV,
    /** {@code network.graphml}, for Gephi, yEd and other graph tools ({@link GraphMlNetworkWriter}). */
    GRAPHML
}
