package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.ingest.IngestSummary;

/** Prints what an ingest read, loaded and rejected, file by file (used by {@code ingest} and {@code demo}). */
final class IngestSummaryTable {

    private IngestSummaryTable() {
    }

    static void print(IngestReports.Result result, Path rejectsFile, PrintWriter out) {
        IngestSummary summary = result.summary();
        TextTable table = new TextTable().left("type", 13).left("file", 36).right("read", 10).right("loaded", 10)
                .right("rejected", 9).left("", 0);
        out.println(table.header());
        for (IngestSummary.FileCounts file : summary.files()) {
            String note = file.resumedBatches() == 0 ? ""
                    : file.resumedBatches() == file.batches() ? "already loaded"
                    : String.format(Locale.ROOT, "resumed: %,d of %,d batches were loaded before", file.resumedBatches(),
                            file.batches());
            table.printRow(out, file.kind(), Path.of(file.file()).getFileName(), count(file.read()),
                    count(file.loaded()), count(file.rejected()), note);
        }
        double seconds = summary.elapsed().toMillis() / 1000.0;
        long resumedRows = summary.files().stream().mapToLong(IngestSummary.FileCounts::resumedRows).sum();
        if (resumedRows > 0 && resumedRows >= summary.rowsLoaded()) {
            // a rate over rows an earlier run wrote would read as a load rate
            out.printf(Locale.ROOT, "%,d rows read, all already loaded by an earlier run (nothing written), %,d "
                    + "rejected, in %.1f s%n", summary.rowsRead(), summary.rejected(), seconds);
        } else {
            out.printf(Locale.ROOT, "%,d rows read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s)%s%n",
                    summary.rowsRead(), summary.rowsLoaded(), summary.rejected(), seconds,
                    (summary.rowsRead() - resumedRows) / Math.max(seconds, 1e-3),
                    resumedRows == 0 ? "" : String.format(Locale.ROOT, "; %,d of them loaded by an earlier run "
                            + "and not written again (the rate counts the rest)", resumedRows));
        }
        if (summary.conflictingEvents() > 0) {
            out.printf(Locale.ROOT, "%,d events (calls, transfers, crossings, meetings) have conflicting claims from "
                    + "different reports, kept side by side (docs/provenance.md)%n", summary.conflictingEvents());
        }
        if (summary.rejected() > 0) {
            out.printf("rejected rows written to %s; first ones:%n", rejectsFile);
            summary.rejects().stream().limit(10).forEach(r -> out.println("  " + r));
        }
        if (!summary.complete()) {
            out.println("STOPPED: " + summary.stoppedBecause());
            out.println("Batches already written stay in the store; fix the input and run again.");
        } else if (result.newDuplicates() > 0) {
            out.printf("%d new possible duplicate person pairs (never merged automatically): crimegraph resolve list%n",
                    result.newDuplicates());
        }
        out.flush();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
