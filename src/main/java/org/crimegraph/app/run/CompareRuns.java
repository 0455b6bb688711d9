package org.crimegraph.app.run;

import java.util.List;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.StoreUseCase;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.RunDiff;
import org.crimegraph.scoring.RunDiffer;
import org.crimegraph.scoring.RunParameters;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;

/**
 * Use case {@code diff}: what changed between two saved runs (default: the two latest).
 *
 * <p>Progress (with a {@link Monitor}): {@link #readTask} for each run's results (in persons, out of the persons
 * the run scored), then {@value #COMPARE_TASK}.
 */
public final class CompareRuns extends StoreUseCase<CompareRuns.Request, CompareRuns.Result> {

    /** The task comparing the two runs once read. */
    public static final String COMPARE_TASK = "diff: comparing the runs";

    /** The task reading run {@code runId}'s results, the {@code n}th of the two. */
    public static String readTask(String runId, int n) {
        return "diff: reading run " + runId + " (" + n + " of 2)";
    }

    /**
     * @param before the earlier run id, or null (with {@code after}) for the two latest runs
     * @param after  the later run id, or null
     * @param top    size of the top list compared
     * @param moves  how many of the largest rank movements to list
     */
    public record Request(String before, String after, int top, int moves) {

        public Request {
            if ((before == null) != (after == null)) {
                throw new IllegalArgumentException("give two run ids, or none for the two latest runs");
            }
        }

        AuditEvent audit(String a, String b) {
            return AuditEvent.of("diff").with("before", a).with("after", b).with("top", top).with("moves", moves);
        }
    }

    /** The comparison: the runs' parameters side by side, then what changed. */
    public record Result(List<RunParameters.Parameter> parameters, RunDiff diff) {

        /** True if the runs were scored under different rules. */
        public boolean rulesDiffer() {
            return RunParameters.rulesDiffer(parameters);
        }
    }

    public CompareRuns(Auditor auditor) {
        super(auditor);
    }

    /** As {@link StoreUseCase#run(GraphStore, Object)}, reporting each step to {@code monitor} (see the class comment). */
    @Override
    public Result run(GraphStore store, Request request, Monitor monitor) {
        ScoringRuns runs = new ScoringRuns(store);
        String a = request.before();
        String b = request.after();
        if (a == null) {
            List<ScoringRunRecord> latest = runs.latest(2);
            if (latest.size() < 2) {
                throw new IllegalArgumentException("diff needs two saved runs; this store has " + latest.size()
                        + " (save runs with 'crimegraph score --save')");
            }
            a = latest.get(1).runId();
            b = latest.get(0).runId();
        }
        SavedRun before = runs.load(a, readTask(a, 1), monitor);
        monitor.check();
        SavedRun after = runs.load(b, readTask(b, 2), monitor);
        monitor.check();
        RunDiff diff = monitor.during(COMPARE_TASK, () -> new RunDiffer(request.top(), request.moves()).diff(before, after));
        auditor.record(store, request.audit(a, b));
        return new Result(RunParameters.compare(before.run(), after.run()), diff);
    }
}
