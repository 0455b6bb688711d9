package org.crimegraph.app.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.ingest.BulkIngestion;
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
import org.crimegraph.store.StoreTarget;

/**
 * Use case {@code ingest}: load report files into a store (resumable, batch by batch), write the rejects
 * file, look for new possible duplicate persons after a complete load, and record the ingest in the audit
 * log, a failed one included (batches written before a failure stay in the store: the line says so).
 */
public final class IngestReports {

    /**
     * @param paths       files and folders to load
     * @param region      default region for phone numbers without a country code
     * @param zone        default time zone for local times
     * @param batchSize   rows per transaction
     * @param rejectsFile where rejected rows go (replaced)
     * @param forcedType  read every CSV as this type, or null for the header's
     * @param rejectLimit when to stop for too many rejected rows
     * @param reload      write every batch again, ignoring the ledger
     * @param bulk        a first load into an empty embedded store through the offline importer ({@link #runBulk})
     */
    public record Request(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile,
                          RecordType forcedType, RejectLimit rejectLimit, boolean reload, boolean bulk) {

        public Request {
            paths = List.copyOf(paths);
        }

        /** The transactional path. */
        public Request(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile,
                       RecordType forcedType, RejectLimit rejectLimit, boolean reload) {
            this(paths, region, zone, batchSize, rejectsFile, forcedType, rejectLimit, reload, false);
        }

        /** Every header's own type, no reject limit, resuming from the ledger. */
        public Request(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile) {
            this(paths, region, zone, batchSize, rejectsFile, null, RejectLimit.NONE, false);
        }

        /** The audit line's parameters, shared by a finished and a failed ingest. */
        AuditEvent audit(GraphStore store) {
            return AuditEvent.of("ingest")
                    .with("defaultRegion", region)
                    .with("defaultZone", zone.getId())
                    .with("batchSize", batchSize)
                    .with("type", forcedType == null ? "" : forcedType.fileName())
                    .with("maxRejects", rejectLimit.toString())
                    .with("reload", reload)
                    .with("bulk", bulk)
                    .with("store", store.target().describe());
        }
    }

    /**
     * @param summary       what was read, loaded and rejected, file by file
     * @param newDuplicates possible duplicate person pairs found new after a complete load (0 if stopped)
     */
    public record Result(IngestSummary summary, long newDuplicates) {
    }

    private final Auditor auditor;

    public IngestReports(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * Ingests, with progress lines on {@code progress}; the look for possible duplicate persons after a complete
     * load (a whole-store read, minutes at a million persons) shows its progress on {@code monitor}.
     */
    public Result run(GraphStore store, Request request, PrintStream progress, Monitor monitor) {
        IngestOptions options = options(request);
        IngestSummary summary;
        try {
            summary = new Ingestion(store, options, progress).run(request.paths());
        } catch (RuntimeException failed) {
            try {
                auditor.record(store, request.audit(store).with("complete", false)
                        .with("failed", failed.getClass().getSimpleName() + ": " + failed.getMessage())
                        .input(request.paths().toString()));
            } catch (RuntimeException auditFailed) {
                failed.addSuppressed(auditFailed);
            }
            throw failed;
        }
        return completed(store, request, summary, monitor);
    }

    /**
     * {@code ingest --bulk}: a first load into the empty embedded store {@code target} through Neo4j's offline
     * importer ({@link BulkIngestion}); the store is opened once the import is done and closed before this
     * returns. Refuses a store that holds anything (IllegalArgumentException). A failed bulk load leaves no case
     * data in the store, so its audit line goes to the log unanchored (anchoring would write to the store).
     */
    public Result runBulk(StoreTarget.Embedded target, Request request, PrintStream progress, Monitor monitor) {
        IngestOptions options = options(request);
        BulkIngestion.Loaded loaded;
        try {
            loaded = BulkIngestion.run(target, options, progress, request.paths());
        } catch (RuntimeException failed) {
            try {
                auditor.recordWithoutStore(AuditEvent.of("ingest").with("defaultRegion", request.region())
                        .with("defaultZone", request.zone().getId()).with("batchSize", request.batchSize())
                        .with("bulk", true).with("store", target.describe()).with("complete", false)
                        .with("failed", failed.getClass().getSimpleName() + ": " + failed.getMessage())
                        .input(request.paths().toString()));
            } catch (RuntimeException auditFailed) {
                failed.addSuppressed(auditFailed);
            }
            throw failed;
        }
        try (GraphStore store = loaded.store()) {
            store.reportClosingTo(monitor);
            return completed(store, request, loaded.summary(), monitor);
        }
    }

    private static IngestOptions options(Request request) {
        IngestContext context = new IngestContext(new PhoneNumbers(request.region()), request.zone());
        try {
            Files.deleteIfExists(request.rejectsFile()); // a stale file from an earlier run would mislead
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + request.rejectsFile(), e);
        }
        return IngestOptions.of(context, request.batchSize())
                .withForcedType(request.forcedType())
                .withRejectLimit(request.rejectLimit())
                .withRejectsFile(request.rejectsFile())
                .withReload(request.reload())
                .withTerminal(ProgressLine.stderrIsTerminal());
    }

    /** After a load: new possible duplicates (after a complete load) and the audit line. */
    private Result completed(GraphStore store, Request request, IngestSummary summary, Monitor monitor) {
        long newDuplicates = summary.complete()
                ? new PersonResolution(new ResolutionStore(store)).scan(monitor).newPairs() : 0;
        Map<String, String> outputs = new LinkedHashMap<>();
        if (summary.rejected() > 0) {
            outputs.put(request.rejectsFile().toString(), "");
        }
        AuditEvent event = request.audit(store).with("rowsLoaded", summary.rowsLoaded())
                .with("rowsRejected", summary.rejected())
                .with("conflictingEvents", summary.conflictingEvents()).with("complete", summary.complete())
                .outputs(outputs);
        summary.files().forEach(f -> event.input(f.file()));
        auditor.record(store, event);
        return new Result(summary, newDuplicates);
    }
}
