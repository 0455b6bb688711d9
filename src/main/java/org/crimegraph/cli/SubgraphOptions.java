package org.crimegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options of the link queries that read a subgraph ({@link SubgraphQueryCommand}: {@code find}, {@code path},
 * {@code neighbours}, {@code common}, {@code connect}).
 */
public final class SubgraphOptions {

    @Option(names = "--graphml", paramLabel = "FILE", description = "Also write the subgraph found as GraphML (Gephi, yEd).")
    Path graphml;

    @Option(names = "--max-persons", defaultValue = "200000", paramLabel = "N",
            description = "Stop if a query would read more persons than this (default: ${DEFAULT-VALUE}).")
    int maxPersons;
}
