package org.crimegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the link queries ({@code find}, {@code path}, {@code neighbours}, {@code common}, {@code connect}). */
public final class QueryOptions {

    /** Output formats of the link queries. */
    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--default-region", defaultValue = "GB", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String defaultRegion;

    @Option(names = "--graphml", paramLabel = "FILE", description = "Also write the subgraph found as GraphML (Gephi, yEd).")
    Path graphml;

    @Option(names = "--max-persons", defaultValue = "200000", paramLabel = "N",
            description = "Stop if a query would read more persons than this (default: ${DEFAULT-VALUE}).")
    int maxPersons;
}
