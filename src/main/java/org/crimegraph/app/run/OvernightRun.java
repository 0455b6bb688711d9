package org.crimegraph.app.run;

import java.util.List;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.report.RunReport;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.store.GraphStore;

/**
 * Use case {@code score --save --export DIR --report FILE}: the overnight path in one command. A
 * {@link ScheduledRun}, then the export of the run just saved ({@link ExportNetwork#exportRun}) and its
 * report ({@link RunReport}), both from the person network the run was scored on, so that the network is
 * read from the store once instead of three times (at a million persons each read takes a quarter of an
 * hour: docs/operations.md). Each output is what {@code export --run RUN} and {@code report RUN} would write
 * (the same files but for the times in them), audited as they audit it, after the run is complete: a
 * failure there leaves the saved run in place, and the command can be run again for the output alone.
 */
public final class OvernightRun {

    /**
     * @param run    the scheduled run
     * @param export the export of the saved run ({@code runId} is ignored: the run saved now), or null for none
     * @param report the report on it ({@code runId} is ignored), or null for none
     */
    public record Request(ScheduledRun.Request run, ExportNetwork.Request export, RunReport.Request report) {
    }

    /**
     * @param run    the saved run
     * @param export the files exported, empty without an export
     * @param report the report written, or null
     */
    public record Result(ScheduledRun.Result run, List<WrittenFile> export, RunReport.Result report) {
    }

    /** Cancelled after the run was saved, while its export or report was being written (the run stays). */
    public static final class OutputsCancelledException extends RuntimeException {
        private final String runId;

        OutputsCancelledException(String runId, Throwable cause) {
            super("cancelled after run " + runId + " was saved, before its export and report were all written", cause);
            this.runId = runId;
        }

        /** The run saved before the cancellation. */
        public String runId() {
            return runId;
        }
    }

    private final Auditor auditor;
    private final ScheduledRun scheduled;

    public OvernightRun(Auditor auditor, ScheduledRun scheduled) {
        this.auditor = auditor;
        this.scheduled = scheduled;
    }

    public OvernightRun(Auditor auditor) {
        this(auditor, new ScheduledRun(auditor));
    }

    /** Scores and saves the run, then writes its export and report, reporting progress to {@code monitor}. */
    public Result run(GraphStore store, Request request, Monitor monitor) {
        ScheduledRun.Result run = scheduled.run(store, request.run(), monitor);
        var scoring = run.scoring();
        List<WrittenFile> files = List.of();
        RunReport.Result report = null;
        try {
            if (request.export() != null) {
                monitor.check();
                files = new ExportNetwork(auditor, monitor).exportRun(store, run.saved(), request.export(), scoring);
            }
            if (request.report() != null) {
                monitor.check();
                report = new RunReport(auditor).run(store, request.report(), run.saved(), scoring, monitor);
            }
        } catch (ComputationCancelledException e) {
            throw new OutputsCancelledException(run.saved().run().runId(), e);
        }
        return new Result(run, files, report);
    }
}
