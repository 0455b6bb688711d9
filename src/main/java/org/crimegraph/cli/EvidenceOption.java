package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --evidence N} for the link queries that explain each link (neighbours, connect). */
final class EvidenceOption {

    @Option(names = "--evidence", defaultValue = "3", paramLabel = "N", description = "Evidence lines shown per link (default: ${DEFAULT-VALUE}).")
    int perLink;
}
