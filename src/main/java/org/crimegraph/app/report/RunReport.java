package org.crimegraph.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.ReportSection;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;

/** Use case {@code report}: one self-contained HTML file for a saved scoring run, audited with its hash. */
public final class RunReport {

    /**
     * @param runId  run id, or {@code latest}
     * @param out    the HTML file to write
     * @param top    how many targets to list
     * @param curves whether to add removal curves computed now under the run's own release rule
     */
    public record Request(String runId, Path out, int top, boolean curves) {

        AuditEvent audit(SavedRun run, WrittenFile file) {
            return AuditEvent.of("report").with("runId", run.run().runId()).with("top", top).with("curves", curves)
                    .output(file.path().toString(), file.sha256()).release(run.run().setup().releaseRule());
        }
    }

    /** The run reported on and the file written, with its SHA-256. */
    public record Result(String runId, WrittenFile file) {
    }

    private final Auditor auditor;

    public RunReport(Auditor auditor) {
        this.auditor = auditor;
    }

    public Result run(GraphStore store, Request request) {
        SavedRun run = new ScoringRuns(store).loadOrLatest(request.runId());
        List<ReportSection> sections = new java.util.ArrayList<>();
        sections.add(NetworkPictureSection.of(store, run));
        if (request.curves()) {
            sections.add(RemovalCurvesSection.of(store, run));
        }
        WrittenFile file;
        try {
            file = WrittenFile.hash(new RunReportWriter().write(run.run(), run.results(), request.top(), sections,
                    request.out()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + request.out() + ": " + e.getMessage(), e);
        }
        auditor.record(store, request.audit(run, file));
        return new Result(run.run().runId(), file);
    }
}
