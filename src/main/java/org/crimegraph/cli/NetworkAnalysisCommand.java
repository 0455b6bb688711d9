package org.crimegraph.cli;

import picocli.CommandLine.Mixin;

/**
 * A {@link ReleasedCommand} that analyses the whole person network, read from the store or from an edge
 * list ({@code score}, {@code disrupt}): both take how paths are measured, the worker threads, progress,
 * {@code --edges} and a table, CSV or JSON output.
 */
abstract class NetworkAnalysisCommand extends ReleasedCommand {

    @Mixin
    PathLengthOption pathLength;

    @Mixin
    ThreadsOption threads;

    @Mixin
    QuietOption progress;

    @Mixin
    EdgeListOption edges;

    @Mixin
    CsvFormatOption format;
}
