package org.crimegraph.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.StoreUseCase;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.ReportSection;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Use case {@code report}: one self-contained HTML file for a saved scoring run, audited with its hash.
 *
 * <p>Progress (with a {@link Monitor}): task {@value #TASK} counts the {@link #STEPS} (in "steps"); within them the
 * run's results are read ({@code "reading run …"}, persons), the network projected once for both sections
 * ({@link PersonNetworkReader}'s tasks), the picture laid out ({@value #PICTURE_TASK}), the removal curves
 * simulated ({@value #CURVES_TASK}, in curves, each with its own removals task) and the HTML written
 * ({@value #WRITE_TASK}).
 */
public final class RunReport extends StoreUseCase<RunReport.Request, RunReport.Result> {

    /** The task counting the report's steps. */
    public static final String TASK = "report";

    /** The task laying out the network picture. */
    public static final String PICTURE_TASK = "report: network picture";

    /** The task building the CSR view the removal curves simulate on. */
    public static final String INDEX_TASK = "report: indexing the network for the removal curves";

    /** The task simulating the removal curves, counted in curves. */
    public static final String CURVES_TASK = "report: removal curves";

    /** The task writing the HTML file. */
    public static final String WRITE_TASK = "report: writing the HTML";

    /** The report's steps, in order (the removal curves only with {@link Request#curves()}). */
    public static final List<String> STEPS = List.of("reading the run", "projection read", "network picture",
            "removal curves", "writing the HTML");

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

    public RunReport(Auditor auditor) {
        super(auditor);
    }

    /** As {@link StoreUseCase#run(GraphStore, Object)}, reporting each step to {@code monitor} (see the class comment). */
    @Override
    public Result run(GraphStore store, Request request, Monitor monitor) {
        return run(store, request, null, null, monitor);
    }

    /**
     * As {@link #run(GraphStore, Request, Monitor)}, for {@code saved}, a run saved just now from {@code scored}:
     * {@code score --save --report} ({@link org.crimegraph.app.run.OvernightRun}) reads neither the run nor,
     * when it was projected under the run's own release rule, the network again. Both null: read both.
     */
    public Result run(GraphStore store, Request request, SavedRun saved, ScoringResult scored, Monitor monitor) {
        int steps = request.curves() ? STEPS.size() : STEPS.size() - 1;
        int step = 0;
        monitor.progress(TASK, step++, steps, "steps");
        SavedRun run = saved != null ? saved : new ScoringRuns(store).loadOrLatest(request.runId(), monitor);
        monitor.progress(TASK, step++, steps, "steps");
        // one projection for both sections: the run keeps its results, not its network
        ProjectionFilter filter = ProjectionFilter.of(run.run().setup().release());
        PersonNetwork network = scored != null && scored.filter().equals(filter) ? scored.network()
                : new PersonNetworkReader(store, monitor).read(filter);
        monitor.progress(TASK, step++, steps, "steps");
        List<ReportSection> sections = new java.util.ArrayList<>();
        sections.add(monitor.during(PICTURE_TASK, () -> NetworkPictureSection.of(network, run)));
        if (request.curves()) {
            monitor.progress(TASK, step++, steps, "steps");
            IndexedGraph<String> graph = monitor.during(INDEX_TASK, () -> IndexedGraph.of(network.graph()));
            sections.add(RemovalCurvesSection.of(graph, run, monitor));
        }
        monitor.progress(TASK, step, steps, "steps");
        WrittenFile file;
        try {
            file = monitor.during(WRITE_TASK, () -> {
                try {
                    return WrittenFile.hash(new RunReportWriter().write(run.run(), run.results(), request.top(),
                            sections, request.out()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the report " + request.out() + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        monitor.progress(TASK, steps, steps, "steps");
        auditor.record(store, request.audit(run, file));
        return new Result(run.run().runId(), file);
    }
}
