package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crimegraph.app.disrupt.DisruptNetwork;
import org.crimegraph.disruption.DisruptionAnalysis;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.RecoveryRule;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.graph.PathLength;
import org.crimegraph.model.Grade;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crimegraph disrupt}: whom to remove to break the network, what each removal strategy does,
 * and what happens when the network recovers.
 */
@Command(name = "disrupt", mixinStandardHelpOptions = true,
        description = "Recommend a set of targets whose removal breaks the person network most (Borgatti's "
                + "key players), say why for each, compare removal strategies (curves as CSV and SVG) and "
                + "simulate the network's recovery.")
final class DisruptCommand extends NetworkAnalysisCommand {

    @Option(names = "--k", defaultValue = "5", paramLabel = "N", description = "Size of the target set (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--measure", defaultValue = "DF", paramLabel = "F|DF",
            description = "What the set maximises: F (fragmentation: pairs that can no longer reach each other) or "
                    + "DF (distance-weighted fragmentation: 1 - global efficiency). Default: ${DEFAULT-VALUE}.")
    String measure;

    @Option(names = "--strategy", defaultValue = "all", paramLabel = "S",
            description = "Removal strategy to simulate: degree, strength, betweenness-block, betweenness-sequential, "
                    + "pagerank, collective-influence, articulation, key-players, random, or all (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--steps", defaultValue = "20", paramLabel = "N", description = "Removals per strategy curve (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--recovery", paramLabel = "RULE",
            description = "Simulate recovery after removing the set: random, preferential or within-community.")
    String recovery;

    @Mixin
    SeedOption seed;

    @Option(names = "--random-runs", defaultValue = "20", paramLabel = "N", description = "Runs averaged for the random baseline (default: ${DEFAULT-VALUE}).")
    int randomRuns;

    @Option(names = "--restarts", defaultValue = "5", paramLabel = "N", description = "Key-player search restarts (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write removal-curves.csv, removal-lcc.svg and removal-efficiency.svg here "
                    + "(default with --strategy all: disruption).")
    Path out;

    @Option(names = "--stability", defaultValue = "0", paramLabel = "RUNS",
            description = "Rank stability: re-rank this many times with links dropped (see --drop, --drop-below) "
                    + "and report how often each top-k target stays in the top-k (default: off).")
    int stabilityRuns;

    @Option(names = "--drop", defaultValue = "10", paramLabel = "PERCENT",
            description = "Rank stability: percentage of links dropped at random in each run (default: ${DEFAULT-VALUE}).")
    double dropPercent;

    @Option(names = "--drop-below", paramLabel = "GRADE",
            description = "Rank stability: also drop every link whose weakest report is graded below this, e.g. 2B.")
    String dropBelow;

    @Override
    public Integer call() {
        Path folder = out != null ? out : strategy.equalsIgnoreCase("all") ? Path.of("disruption") : null;
        DisruptNetwork.Request request = new DisruptNetwork.Request(settings(), stabilityRuns <= 0 ? null
                : new DisruptNetwork.Stability(stabilityRuns, dropPercent, dropBelow == null ? null : Grade.parse(dropBelow)),
                folder, pathLength.or(PathLength.INVERSE_WEIGHT));
        DisruptNetwork disrupt = new DisruptNetwork(auditor());
        if (edges.file != null) {
            print(disrupt.run(edges.file, request));
            return ExitCodes.OK;
        }
        // Ctrl-C cancels the analysis (exit 130, nothing written or audited); the hook waits for the store to close
        try (CtrlC ctrlC = CtrlC.install(); GraphStore store = storeOptions.open()) {
            print(disrupt.run(store, release.filter(), request,
                    progress.monitor(ctrlC)));
        }
        return ExitCodes.OK;
    }

    private void print(DisruptNetwork.Result result) {
        PrintWriter out = out();
        if (result.empty()) {
            out.println("No persons to analyse (" + result.scoring().evidence() + "). Load reports with 'crimegraph ingest PATH'.");
        } else {
            new DisruptionSummary(result).print(format.format, out, result.written());
        }
        out.flush();
    }

    private DisruptionAnalysis.Parameters settings() {
        KeyPlayerMeasure m = switch (measure.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "F" -> KeyPlayerMeasure.F;
            case "DF" -> KeyPlayerMeasure.DF;
            default -> throw new IllegalArgumentException("--measure must be F or DF, not '" + measure + "'");
        };
        List<RemovalStrategy> strategies = strategy.equalsIgnoreCase("all")
                ? Arrays.asList(RemovalStrategy.values()) : new ArrayList<>(List.of(RemovalStrategy.parse(strategy)));
        RecoveryRule rule = recovery == null ? null : RecoveryRule.parse(recovery);
        int threadCount = threads.count == null ? NetworkScoringJob.defaultThreads() : threads.count;
        if (threadCount < 1 || k < 1 || steps < 1 || randomRuns < 1 || restarts < 1) {
            throw new IllegalArgumentException("--k, --steps, --random-runs, --restarts and --threads must be at least 1");
        }
        return new DisruptionAnalysis.Parameters(k, m, strategies, steps, rule, seed.value(), randomRuns, restarts, threadCount);
    }
}
