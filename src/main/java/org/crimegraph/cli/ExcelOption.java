package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --excel}: CSV for Excel ({@code score --format csv}, every CSV file of {@code export}). */
final class ExcelOption {

    @Option(names = "--excel", description = "Start CSV output (score --format csv, every CSV file of an export) with "
            + "a UTF-8 byte-order mark, so that Excel shows accented names correctly (other tools may show the mark as "
            + "a stray character in the first header).")
    boolean bom;
}
