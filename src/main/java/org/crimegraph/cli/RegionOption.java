package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --default-region CC} for every command that reads phone numbers (ingest, person references). */
final class RegionOption {

    @Option(names = "--default-region", defaultValue = "GB", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String code;
}
