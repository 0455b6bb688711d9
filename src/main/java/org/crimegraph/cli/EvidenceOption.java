package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --evidence N} for the link queries that explain each link ({@code neighbours}, {@code connect},
 * {@code path}): each keeps its own default when the option is not given ({@link #or}).
 */
final class EvidenceOption {

    /** Evidence lines per link of {@code neighbours} and {@code connect}. */
    static final int PER_LINK = 3;

    /** Evidence lines per hop of a {@code path}. */
    static final int PER_HOP = 8;

    @Option(names = "--evidence", paramLabel = "N", description = "Evidence lines shown per link (default: " + PER_LINK
            + "; for each hop of a 'path', " + PER_HOP + ").")
    Integer given;

    /** The number asked for, or {@code fallback} (the command's default) when the option was not given. */
    int or(int fallback) {
        return given == null ? fallback : given;
    }
}
