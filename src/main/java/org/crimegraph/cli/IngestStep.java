package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.audit.AuditEntry;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.ingest.RejectsFile;
import org.crimegraph.store.GraphStore;

/** Runs an ingest, prints its summary, writes the rejects file and records the run in the audit log. */
final class IngestStep {

    private IngestStep() {
    }

    record Settings(List<Path> paths, String region, ZoneId zone, int batchSize, Path rejectsFile) {
    }

    static IngestSummary run(GraphStore store, Settings settings, AuditLog audit, String analyst,
                             PrintWriter out, java.io.PrintStream progress) {
        IngestContext context = new IngestContext(new PhoneNumbers(settings.region()), settings.zone());
        IngestSummary summary = new Ingestion(store, context, settings.batchSize(), progress).run(settings.paths());
        out.printf(Locale.ROOT, "%-16s %-40s %8s %8s %8s%n", "type", "file", "read", "loaded", "rejected");
        for (IngestSummary.FileCounts file : summary.files()) {
            out.printf(Locale.ROOT, "%-16s %-40s %,8d %,8d %,8d%n", file.type().fileName(),
                    Path.of(file.file()).getFileName(), file.read(), file.loaded(), file.rejected());
        }
        double seconds = summary.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "%,d rows read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s)%n",
                summary.rowsRead(), summary.rowsLoaded(), summary.rejects().size(), seconds,
                summary.rowsRead() / Math.max(seconds, 1e-3));
        Map<String, String> outputs = new LinkedHashMap<>();
        if (!summary.rejects().isEmpty()) {
            RejectsFile.write(settings.rejectsFile(), summary.rejects());
            out.printf("rejected rows written to %s; first ones:%n", settings.rejectsFile());
            summary.rejects().stream().limit(10).forEach(r -> out.println("  " + r));
            outputs.put(settings.rejectsFile().toString(), "");
        }
        out.flush();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("defaultRegion", settings.region());
        parameters.put("defaultZone", settings.zone().getId());
        parameters.put("batchSize", settings.batchSize());
        parameters.put("store", store.target().describe());
        parameters.put("rowsLoaded", summary.rowsLoaded());
        parameters.put("rowsRejected", summary.rejects().size());
        new org.crimegraph.audit.AuditTrail(audit, store).record(new AuditEntry("ingest", analyst, parameters,
                summary.files().stream().map(IngestSummary.FileCounts::file).toList(), outputs, ""));
        return summary;
    }
}
