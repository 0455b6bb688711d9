package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.run.OvernightRun;
import org.crimegraph.app.score.ScoreEdgeList;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.graph.PathLength;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crimegraph score}: rank the persons as targets and say why. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score the person network (degree, strength, betweenness, PageRank, closeness, harmonic, "
                + "eigenvector, k-core, clustering, components, articulation points, bridges) and print the top "
                + "targets with their reasons; csv and json list every person.",
                "Composite: " + org.crimegraph.analysis.TargetRanking.DEFINITION + " (docs/algorithms.md)."})
final class ScoreCommand extends NetworkAnalysisCommand {

    @Mixin
    TopOption top;

    @Mixin
    SortOption sort;

    @Mixin
    ExcelOption excel;

    @Mixin
    ScoringModeOption scoringMode;

    @Mixin
    RunOptions runOptions;

    @Mixin
    RunOutputOptions outputs;

    @Override
    public Integer call() {
        TargetOrder.requireSort(sort.measure);
        if (outputs.any() && !runOptions.save) {
            throw new IllegalArgumentException("--export and --report write a saved run's outputs: add --save");
        }
        BetweennessMethod method = scoringMode.method(runOptions.seed());
        Auditor auditor = auditor();
        if (edges.file != null) {
            if (runOptions.save) {
                throw new IllegalArgumentException("--save keeps runs in the store; it does not apply to --edges");
            }
            ScoringResult result = new ScoreEdgeList(auditor).run(new ScoreEdgeList.Request(edges.file, threads.count, method,
                    runOptions.seed(), "score", pathLength.or(PathLength.INVERSE_WEIGHT)));
            TargetTable.print(result, top.or(TopOption.DEFAULT), format.format, sort.measure, excel.bom, out());
            printSteps(result, err());
            return ExitCodes.OK;
        }
        PrintWriter err = err();
        // Ctrl-C cancels the computation; the hook waits until the lock is released and the store closed
        try (CtrlC ctrlC = CtrlC.install()) {
            Monitor monitor = progress.monitor(ctrlC);
            try (GraphStore store = runOptions.open(storeOptions, monitor)) {
                ScoringResult result;
                if (runOptions.save) {
                    OvernightRun.Result overnight = new OvernightRun(auditor).run(store, new OvernightRun.Request(
                            runOptions.request(release.filter(), threads.count, method,
                                    pathLength.or(PathLength.INVERSE_WEIGHT)),
                            outputs.export(release.filter()), outputs.report()), monitor);
                    result = overnight.run().scoring();
                    runOptions.printSaved(overnight.run(), store, err);
                    overnight.export().forEach(f -> err.printf("wrote %s (sha256 %s)%n", f.path(), f.sha256()));
                    if (overnight.report() != null) {
                        err.printf("wrote %s (sha256 %s)%n", overnight.report().file().path(),
                                overnight.report().file().sha256());
                    }
                } else {
                    result = new ScoreNetwork(auditor).run(store, new ScoreNetwork.Request(release.filter(), threads.count,
                            method, runOptions.seed(), "score", Map.of(), pathLength.or(PathLength.INVERSE_WEIGHT)), monitor);
                }
                TargetTable.print(result, top.or(TopOption.DEFAULT), format.format, sort.measure, excel.bom, out());
                printSteps(result, err);
            } catch (OvernightRun.OutputsCancelledException e) {
                err.println("crimegraph: interrupted; run " + e.runId() + " is saved, its export or report is not "
                        + "complete (write them with 'crimegraph export --run " + e.runId() + "' and 'crimegraph report "
                        + e.runId() + "')");
                err.flush();
                return ExitCodes.INTERRUPTED;
            } catch (ComputationCancelledException e) {
                err.println("crimegraph: interrupted; no run was saved and the run lock is free");
                err.flush();
                return ExitCodes.INTERRUPTED;
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The step timings on stderr, after the results: {@code run steps: projection read … · analysis … · write …}
     * for a saved run, {@code scoring steps: …} otherwise (a "run" is a saved run only, docs/glossary.md).
     */
    private static void printSteps(ScoringResult result, PrintWriter err) {
        err.println((result.steps().write() == null ? "scoring steps: " : "run steps: ") + result.steps().describe());
        err.flush();
    }
}
