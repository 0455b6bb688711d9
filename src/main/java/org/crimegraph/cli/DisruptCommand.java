package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.disruption.DisruptionAnalysis;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.PersonTargetScorer;
import org.crimegraph.disruption.RankStability;
import org.crimegraph.disruption.StabilityResult;
import org.crimegraph.model.Grade;
import org.crimegraph.disruption.RecoveryRule;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph disrupt}: whom to remove to break the network, what each removal strategy does,
 * and what happens when the network recovers.
 */
@Command(name = "disrupt", mixinStandardHelpOptions = true,
        description = "Recommend a set of targets whose removal breaks the person network most (Borgatti's "
                + "key players), say why for each, compare removal strategies (curves as CSV and SVG) and "
                + "simulate the network's recovery.")
final class DisruptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

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

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed for restarts, the random baseline and recovery (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--random-runs", defaultValue = "20", paramLabel = "N", description = "Runs averaged for the random baseline (default: ${DEFAULT-VALUE}).")
    int randomRuns;

    @Option(names = "--restarts", defaultValue = "5", paramLabel = "N", description = "Key-player search restarts (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    DisruptionReport.Format format;

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

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--edges", paramLabel = "FILE",
            description = "Analyse an edge-list CSV (header source,target[,weight]) instead of the store.")
    Path edges;

    @Override
    public Integer call() {
        DisruptionAnalysis.Parameters settings = settings();
        Path folder = out != null ? out : strategy.equalsIgnoreCase("all") ? Path.of("disruption") : null;
        if (edges != null) {
            ScoringResult scoring = EdgeListStep.score(edges, settings.threads(), BetweennessMethod.EXACT,
                    settings.seed(), null, auditOptions, storeOptions);
            Audited audited = disrupt(scoring, settings, folder);
            if (audited != null) {
                auditOptions.recordWithoutStore(storeOptions, AuditEvent.of("disrupt").with(audited.parameters())
                        .input(edges + " sha256:" + sha256(edges)).outputs(audited.outputs()).release(scoring.evidence()));
            }
            return ExitCodes.OK;
        }
        try (GraphStore store = storeOptions.open()) {
            ScoringResult scoring = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(settings.threads(),
                    org.crimegraph.analysis.BetweennessMethod.EXACT, settings.seed()))
                    .run(release.filter(), org.crimegraph.analysis.Monitor.NONE);
            Audited audited = disrupt(scoring, settings, folder);
            if (audited != null) {
                auditOptions.record(storeOptions, store, AuditEvent.of("disrupt").with(audited.parameters())
                        .outputs(audited.outputs()).release(scoring.evidence()));
            }
        }
        return ExitCodes.OK;
    }

    private static String sha256(Path file) {
        try {
            return org.crimegraph.export.WrittenFile.hash(file).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the audit line of one analysis records: its parameters and the files written with their SHA-256. */
    private record Audited(Map<String, Object> parameters, Map<String, String> outputs) {
    }

    /** Runs the analysis, prints it, writes the files; returns what to audit (null if there was nothing to do). */
    private Audited disrupt(ScoringResult scoring, DisruptionAnalysis.Parameters settings, Path folder) {
        try {
            IndexedGraph<String> graph = IndexedGraph.of(scoring.network().graph());
            if (graph.vertexCount() == 0) {
                spec.commandLine().getOut().println("No persons to analyse (" + scoring.evidence()
                        + "). Load reports with 'crimegraph ingest PATH'.");
                spec.commandLine().getOut().flush();
                return null;
            }
            // the scoring's Leiden communities, indexed like this graph (both are IndexedGraph.of the same network)
            DisruptionResult<String> result = new DisruptionAnalysis<>(graph, scoring.scores(),
                    scoring.communities().membership(), settings).run();
            StabilityResult<String> stability = stabilityRuns > 0 ? stability(scoring, graph, settings) : null;
            DisruptionReport report = new DisruptionReport(result, scoring, stability);
            List<Path> written = folder == null ? List.of() : report.writeFiles(folder);
            report.print(format, spec.commandLine().getOut(), written);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("k", settings.k());
            parameters.put("measure", settings.measure().name());
            parameters.put("strategies", settings.strategies().stream().map(RemovalStrategy::label).toList());
            parameters.put("steps", settings.steps());
            parameters.put("recovery", settings.recovery() == null ? "none" : settings.recovery().label());
            parameters.put("seed", settings.seed());
            parameters.put("targets", result.keyPlayers().members());
            if (stability != null) {
                parameters.put("stability", stability.perturbation() + ", " + stability.repeats() + " runs");
            }
            Map<String, String> outputs = new LinkedHashMap<>();
            for (Path p : written) {
                outputs.put(p.toString(), sha256(p));
            }
            return new Audited(parameters, outputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StabilityResult<String> stability(ScoringResult scoring, IndexedGraph<String> graph,
                                              DisruptionAnalysis.Parameters settings) {
        if (!(dropPercent >= 0 && dropPercent < 100)) {
            throw new IllegalArgumentException("--drop must be a percentage in [0, 100)");
        }
        RankStability.LinkFilter<String> filter = null;
        String filterName = null;
        if (dropBelow != null) {
            Grade threshold = Grade.parse(dropBelow);
            filter = (a, b) -> scoring.network().link(a, b).orElseThrow().weakestGrade().atLeast(threshold);
            filterName = "links whose weakest report is graded below " + threshold;
        }
        return new RankStability<>(graph, new PersonTargetScorer(scoring.network(), settings.threads()))
                .run(dropPercent / 100, filter, filterName, stabilityRuns, settings.seed(), settings.k());
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
        int threadCount = threads == null ? NetworkScoringJob.defaultThreads() : threads;
        if (threadCount < 1 || k < 1 || steps < 1 || randomRuns < 1 || restarts < 1) {
            throw new IllegalArgumentException("--k, --steps, --random-runs, --restarts and --threads must be at least 1");
        }
        return new DisruptionAnalysis.Parameters(k, m, strategies, steps, rule, seed, randomRuns, restarts, threadCount);
    }
}
