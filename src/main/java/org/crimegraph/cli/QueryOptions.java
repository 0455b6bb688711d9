package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** Options of every person query ({@code find}, {@code node}, {@code path}, {@code neighbours}, {@code common}, {@code connect}). */
public final class QueryOptions {

    /** Output formats of the person queries. */
    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--default-region", defaultValue = "GB", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String defaultRegion;

    boolean json() {
        return format == Format.json;
    }
}
