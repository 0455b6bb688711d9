package org.crimegraph.app.disrupt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.score.ScoreEdgeList;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.disruption.DisruptionAnalysis;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.PersonTargetScorer;
import org.crimegraph.disruption.RankStability;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.disruption.StabilityResult;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.Grade;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;

/**
 * Use case {@code disrupt}: whom to remove to break the network (Borgatti's key players, with reasons),
 * what each removal strategy does (curves written as CSV and SVG), how the network recovers and, if
 * asked, how stable the target ranking is when links are dropped. The network comes from a store under
 * a release rule, or from an edge-list file.
 */
public final class DisruptNetwork {

    /**
     * @param settings  the analysis: k, measure, strategies, steps, recovery, seed, runs, restarts, threads
     * @param stability rank stability to measure, or null for none
     * @param folder    where to write the curve files, or null for none
     * @param pathLength how the target scoring (betweenness, closeness, harmonic) measures path length; the
     *                   key-player measures and removal curves count hops by definition (docs/algorithms.md)
     */
    public record Request(DisruptionAnalysis.Parameters settings, Stability stability, Path folder,
                          PathLength pathLength) {

        public Request {
            if (pathLength == null) {
                throw new IllegalArgumentException("pathLength is required");
            }
        }

        /** With 1/weight path lengths for the target scoring, the default. */
        public Request(DisruptionAnalysis.Parameters settings, Stability stability, Path folder) {
            this(settings, stability, folder, PathLength.INVERSE_WEIGHT);
        }

        AuditEvent audit(DisruptionResult<String> result, StabilityResult<String> measured, Map<String, String> outputs,
                         String evidence) {
            AuditEvent event = AuditEvent.of("disrupt").with("k", settings.k())
                    .with("measure", settings.measure().name())
                    .with("strategies", settings.strategies().stream().map(RemovalStrategy::label).toList())
                    .with("steps", settings.steps())
                    .with("recovery", settings.recovery() == null ? "none" : settings.recovery().label())
                    .with("seed", settings.seed())
                    .with("pathLength", pathLength.description())
                    .with("targets", result.keyPlayers().members());
            if (measured != null) {
                event.with("stability", measured.perturbation() + ", " + measured.repeats() + " runs");
            }
            return event.outputs(outputs).release(evidence);
        }
    }

    /**
     * Rank stability: re-rank {@code runs} times with links dropped.
     *
     * @param runs        how many perturbed rankings
     * @param dropPercent links dropped at random in each run, in [0, 100)
     * @param dropBelow   also drop every link whose weakest report is graded below this, or null
     */
    public record Stability(int runs, double dropPercent, Grade dropBelow) {

        public Stability {
            if (!(dropPercent >= 0 && dropPercent < 100)) {
                throw new IllegalArgumentException("--drop must be a percentage in [0, 100)");
            }
        }
    }

    /**
     * The analysis, or an empty network (nothing analysed, nothing audited).
     *
     * @param scoring   the scored network analysed
     * @param result    the analysis, or null when the network has no persons
     * @param stability the rank stability, or null
     * @param written   the curve files written
     */
    public record Result(ScoringResult scoring, DisruptionResult<String> result, StabilityResult<String> stability,
                         List<Path> written) {

        /** True if the network had no persons to analyse. */
        public boolean empty() {
            return result == null;
        }
    }

    private final Auditor auditor;

    public DisruptNetwork(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Analyses the person network of a store under {@code filter}. */
    public Result run(GraphStore store, ProjectionFilter filter, Request request) {
        return run(store, filter, request, Monitor.NONE);
    }

    /**
     * Analyses the person network of a store under {@code filter}, reporting progress of the scoring, the
     * disruption analysis and the rank stability to {@code monitor} and stopping when it is cancelled
     * ({@link org.crimegraph.analysis.ComputationCancelledException}; nothing is audited or written then).
     */
    public Result run(GraphStore store, ProjectionFilter filter, Request request, Monitor monitor) {
        var settings = request.settings();
        ScoringResult scoring = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(settings.threads(),
                BetweennessMethod.EXACT, settings.seed(), request.pathLength())).run(filter, monitor);
        Result result = analyse(scoring, request, monitor);
        if (!result.empty()) {
            auditor.record(store, request.audit(result.result(), result.stability(), hashes(result.written()),
                    scoring.evidence()));
        }
        return result;
    }

    /** Analyses the network of an edge-list file (no store; the audit line names the file and its hash). */
    public Result run(Path edges, Request request) {
        var settings = request.settings();
        ScoringResult scoring = new ScoreEdgeList(auditor).run(new ScoreEdgeList.Request(edges, settings.threads(),
                BetweennessMethod.EXACT, settings.seed(), null, request.pathLength()));
        Result result = analyse(scoring, request, Monitor.NONE);
        if (!result.empty()) {
            auditor.recordWithoutStore(request.audit(result.result(), result.stability(), hashes(result.written()),
                    scoring.evidence()).input(edges + " sha256:" + ScoreEdgeList.sha256(edges)));
        }
        return result;
    }

    private Result analyse(ScoringResult scoring, Request request, Monitor monitor) {
        IndexedGraph<String> graph = IndexedGraph.of(scoring.network().graph());
        if (graph.vertexCount() == 0) {
            return new Result(scoring, null, null, List.of());
        }
        var settings = request.settings();
        // the scoring's Leiden communities, indexed like this graph (both are IndexedGraph.of the same network)
        DisruptionResult<String> result = new DisruptionAnalysis<>(graph, scoring.scores(),
                scoring.communities().membership(), settings).run(monitor);
        StabilityResult<String> stability = request.stability() == null || request.stability().runs() <= 0 ? null
                : stability(scoring, graph, request, monitor);
        try {
            List<Path> written = request.folder() == null ? List.of() : RemovalCurveFiles.write(result, request.folder());
            return new Result(scoring, result, stability, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StabilityResult<String> stability(ScoringResult scoring, IndexedGraph<String> graph,
                                                     Request request, Monitor monitor) {
        DisruptionAnalysis.Parameters settings = request.settings();
        Stability asked = request.stability();
        RankStability.LinkFilter<String> filter = null;
        String filterName = null;
        if (asked.dropBelow() != null) {
            Grade threshold = asked.dropBelow();
            filter = (a, b) -> scoring.network().link(a, b).orElseThrow().weakestGrade().atLeast(threshold);
            filterName = "links whose weakest report is graded below " + threshold;
        }
        return new RankStability<>(graph, new PersonTargetScorer(scoring.network(), settings.threads(),
                request.pathLength()))
                .run(asked.dropPercent() / 100, filter, filterName, asked.runs(), settings.seed(), settings.k(), monitor);
    }

    private static Map<String, String> hashes(List<Path> files) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Path p : files) {
            outputs.put(p.toString(), ScoreEdgeList.sha256(p));
        }
        return outputs;
    }
}
