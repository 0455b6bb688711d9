package org.crimegraph.cli;

import org.crimegraph.export.RunReportWriter;
import picocli.CommandLine.Option;

/**
 * {@code --top N}: the top N of the target ranking, listed ({@code score}, {@code demo}, {@code report}) or
 * compared between two runs ({@code diff}: who entered or left it). Each keeps its own default when the option is not given ({@link #or}): {@value #DEFAULT}
 * on the terminal, {@link RunReportWriter#DEFAULT_TOP} in the HTML report.
 */
final class TopOption {

    /** How many targets a terminal table lists when {@code --top} is not given. */
    static final int DEFAULT = 10;

    @Option(names = "--top", paramLabel = "N", description = "How many of the ranked targets to list, or for 'diff' "
            + "to compare (who entered or left the top N) (default: " + DEFAULT + "; in the HTML report, "
            + RunReportWriter.DEFAULT_TOP + ").")
    Integer given;

    /** The number asked for, or {@code fallback} (the command's default) when the option was not given. */
    int or(int fallback) {
        return given == null ? fallback : given;
    }
}
