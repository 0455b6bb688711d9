package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestOptions;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.ingest.ProgressLine;
import org.crimegraph.ingest.RecordType;
import org.crimegraph.ingest.RejectLimit;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.ResolutionStore;

/** Runs an ingest, prints its summary, writes the rejects file and records the run in the audit log. */
final class IngestStep {

    private IngestStep() {
    }

    /**
     * @param forcedType  read every CSV as this type, or null for the header's
     * @param rejectLimit when to stop for too many rejected rows
     * @param reload      write every batch again, ignoring the ledger
     */
    record Settings(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile,
                    RecordType forcedType, RejectLimit rejectLimit, boolean reload) {

        Settings(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile) {
            this(paths, region, zone, batchSize, rejectsFile, null, RejectLimit.NONE, false);
        }
    }

    static IngestSummary run(GraphStore store, Settings settings, AuditOptions audit, StoreOptions storeOptions,
                             PrintWriter out, java.io.PrintStream progress) {
        IngestContext context = new IngestContext(new PhoneNumbers(settings.region()), settings.zone());
        try {
            Files.deleteIfExists(settings.rejectsFile()); // a stale file from an earlier run would mislead
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot replace " + settings.rejectsFile(), e);
        }
        IngestOptions options = IngestOptions.of(context, settings.batchSize())
                .withForcedType(settings.forcedType())
                .withRejectLimit(settings.rejectLimit())
                .withRejectsFile(settings.rejectsFile())
                .withReload(settings.reload())
                .withTerminal(ProgressLine.stderrIsTerminal());
        IngestSummary summary;
        try {
            summary = new Ingestion(store, options, progress).run(settings.paths());
        } catch (RuntimeException failed) {
            // batches written before the failure stay in the store: the audit line says so
            try {
                audit.record(storeOptions, store, event(settings, store).with("complete", false)
                        .with("failed", failed.getClass().getSimpleName() + ": " + failed.getMessage())
                        .input(settings.paths().toString()));
            } catch (RuntimeException auditFailed) {
                failed.addSuppressed(auditFailed);
            }
            throw failed;
        }
        out.printf(Locale.ROOT, "%-13s %-36s %10s %10s %9s %s%n", "type", "file", "read", "loaded", "rejected", "");
        for (IngestSummary.FileCounts file : summary.files()) {
            String note = file.resumedBatches() == 0 ? ""
                    : file.resumedBatches() == file.batches() ? "already loaded"
                    : String.format(Locale.ROOT, "resumed: %,d of %,d batches were loaded before", file.resumedBatches(),
                            file.batches());
            out.printf(Locale.ROOT, "%-13s %-36s %,10d %,10d %,9d %s%n", file.kind(),
                    Path.of(file.file()).getFileName(), file.read(), file.loaded(), file.rejected(), note);
        }
        double seconds = summary.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "%,d rows read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s)%n",
                summary.rowsRead(), summary.rowsLoaded(), summary.rejected(), seconds,
                summary.rowsRead() / Math.max(seconds, 1e-3));
        if (summary.conflictingEvents() > 0) {
            out.printf(Locale.ROOT, "%,d events (calls, transfers, crossings, meetings) have conflicting claims from "
                    + "different reports, kept side by side (docs/provenance.md)%n", summary.conflictingEvents());
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        if (summary.rejected() > 0) {
            out.printf("rejected rows written to %s; first ones:%n", settings.rejectsFile());
            summary.rejects().stream().limit(10).forEach(r -> out.println("  " + r));
            outputs.put(settings.rejectsFile().toString(), "");
        }
        if (!summary.complete()) {
            out.println("STOPPED: " + summary.stoppedBecause());
            out.println("Batches already written stay in the store; fix the input and run again.");
        } else {
            PersonResolution.Scan scan = new PersonResolution(new ResolutionStore(store)).scan();
            if (scan.newPairs() > 0) {
                out.printf("%d new possible duplicate person pairs (never merged automatically): crimegraph resolve list%n",
                        scan.newPairs());
            }
        }
        out.flush();
        AuditEvent event = event(settings, store).with("rowsLoaded", summary.rowsLoaded())
                .with("rowsRejected", summary.rejected())
                .with("conflictingEvents", summary.conflictingEvents()).with("complete", summary.complete()).outputs(outputs);
        summary.files().forEach(f -> event.input(f.file()));
        audit.record(storeOptions, store, event);
        return summary;
    }

    /** The audit line's parameters shared by a finished and a failed ingest. */
    private static AuditEvent event(Settings settings, GraphStore store) {
        return AuditEvent.of("ingest")
                .with("defaultRegion", settings.region())
                .with("defaultZone", settings.zone().getId())
                .with("batchSize", settings.batchSize())
                .with("type", settings.forcedType() == null ? "" : settings.forcedType().fileName())
                .with("maxRejects", settings.rejectLimit().toString())
                .with("reload", settings.reload())
                .with("store", store.target().describe());
    }
}
