package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json} for the commands whose results are also a CSV table ({@code score},
 * {@code disrupt}, {@code timeline}, {@code suggest-links}); the CSV is the whole result, best first.
 */
final class CsvFormatOption {

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
