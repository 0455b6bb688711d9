package org.crimegraph.app.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.PathMeasures;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.score.KeyPlayerSet;
import org.crimegraph.app.watch.RunAlerts;
import org.crimegraph.model.Alert;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.StepSeconds;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.RunLock;
import org.crimegraph.store.StoreStatus;

/**
 * Use case {@code score --save}: one scheduled scoring run. Under the store's run lock it removes
 * leftovers of failed runs, scores, writes the run (invisible until complete), appends the audit line,
 * marks the run complete with that line's hash, and writes the JSON summary file. A cancelled monitor
 * ends it with {@link org.crimegraph.analysis.ComputationCancelledException}, the lock released and no
 * run left.
 */
public final class ScheduledRun {

    /**
     * What is computed beside the core measures.
     *
     * @param seed           seed for randomised analyses, recorded with the run
     * @param keyPlayers     size of the key-player set saved with the run (0 for none)
     * @param consensusRuns  0: the run's communities are one Leiden run with {@code seed}; 2 or more: the consensus
     *                       of that many Leiden runs (seeds {@code seed …}), with each person's stability
     */
    public record Analyses(long seed, int keyPlayers, int consensusRuns) {

        public Analyses {
            if (keyPlayers < 0) {
                throw new IllegalArgumentException("--key-players must be 0 or more");
            }
            if (consensusRuns < 0 || consensusRuns == 1) {
                throw new IllegalArgumentException("--consensus takes 2 or more runs (0: one run): " + consensusRuns);
            }
        }

        /** How the run's communities were found, for people. */
        public String communities() {
            return consensusRuns == 0 ? "Leiden, seed " + seed
                    : "consensus of " + consensusRuns + " Leiden runs (seeds " + seed + " to " + (seed + consensusRuns - 1)
                    + ", Lancichinetti & Fortunato 2012)";
        }
    }

    /**
     * @param filter     the release rule the run rests on
     * @param threads    threads, or null for all cores
     * @param pathLength how betweenness, closeness and harmonic measure path length (recorded with the run)
     * @param analyses   seed, key players and communities
     * @param lockTtl    how long the run lock lasts if the run dies holding it
     * @param summary    where to write the JSON summary, or null
     */
    public record Request(ProjectionFilter filter, Integer threads, BetweennessMethod method, PathLength pathLength,
                          Analyses analyses, Duration lockTtl, Path summary) {

        public Request {
            if (pathLength == null) {
                throw new IllegalArgumentException("pathLength is required");
            }
        }

        /** With 1/weight path lengths, the default for store data, and communities from one run. */
        public Request(ProjectionFilter filter, Integer threads, BetweennessMethod method, long seed, int keyPlayers,
                       Duration lockTtl, Path summary) {
            this(filter, threads, method, PathLength.INVERSE_WEIGHT, new Analyses(seed, keyPlayers, 0), lockTtl, summary);
        }

        /** The same run with path lengths measured as {@code length}. */
        public Request with(PathLength length) {
            return new Request(filter, threads, method, length, analyses, lockTtl, summary);
        }

        /** The same run with consensus communities over {@code runs} Leiden runs (0: one run). */
        public Request withConsensus(int runs) {
            return new Request(filter, threads, method, pathLength,
                    new Analyses(analyses.seed(), analyses.keyPlayers(), runs), lockTtl, summary);
        }

        long seed() {
            return analyses.seed();
        }

        int threadCount() {
            return threads == null ? NetworkScoringJob.defaultThreads() : threads;
        }

        AuditEvent audit(SavedRun saved, ScoringResult result) {
            return AuditEvent.of("score").with("runId", saved.run().runId()).with("threads", threadCount())
                    .with("seed", seed()).with("betweenness", result.scores().betweennessMethod())
                    .with("mode", result.scores().mode().describe())
                    .with("communities", analyses.communities())
                    .with("pathLength", pathLength.description())
                    .with("persons", saved.run().input().persons()).with("links", saved.run().input().links())
                    .with("topTargets", result.targets().stream().limit(10).map(t -> t.personId()).toList())
                    .release(filter.describe());
        }
    }

    /**
     * @param scoring          what was scored
     * @param saved            the run as saved, complete with its audit line
     * @param removedUnfinished runs left by failed runs and removed first
     * @param lockTakenOverFrom the holder of the run lock whose process had died on this machine, taken over, or null
     * @param alerts           the alerts the run raised about watched persons (docs/operations.md, Watchlists)
     */
    public record Result(ScoringResult scoring, SavedRun saved, long removedUnfinished, List<Alert> alerts,
                         String lockTakenOverFrom) {
    }

    private final Auditor auditor;
    private final Clock clock;
    private final PathMeasures searches;

    public ScheduledRun(Auditor auditor) {
        this(auditor, Clock.systemUTC());
    }

    public ScheduledRun(Auditor auditor, Clock clock) {
        this(auditor, clock, PathMeasures.LOCAL);
    }

    /**
     * @param searches where the shortest-path searches run: {@link PathMeasures#LOCAL}, or Spark executors
     *                 for {@code crimegraph-spark score} (docs/scale-out.md); the run's mode records it
     */
    public ScheduledRun(Auditor auditor, Clock clock, PathMeasures searches) {
        this.auditor = auditor;
        this.clock = clock;
        this.searches = searches;
    }

    /** Scores and saves one run, reporting progress to {@code monitor} and stopping when it is cancelled. */
    public Result run(GraphStore store, Request request, Monitor monitor) {
        RunSettings settings = new RunSettings(request.threadCount(), request.seed(), RunSettings.DEFAULT_REASONS_KEPT);
        ScoringRuns runs = new ScoringRuns(store);
        AuditTrail trail = auditor.trail(store);
        try (RunLock lock = RunLock.acquire(store, RunLock.SCORING, RunLock.thisProcess(), request.lockTtl(), clock)) {
            long removed = runs.deleteUnfinished();
            Instant started = clock.instant();
            Map<String, Long> inputs = monitor.during("counting the input", () -> inputCounts(store, request.filter()));
            ScoringResult result = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(request.threadCount(),
                    request.method(), request.seed(), request.pathLength()), searches).run(request.filter(), monitor);
            Instant finished = clock.instant();
            String runId = ScoringRuns.newRunId(started);
            RunAnnotations annotations = RunCommunities.annotate(result, request.analyses(),
                    KeyPlayerSet.of(result, request.analyses().keyPlayers(), request.seed(), monitor), monitor);
            SavedRun saved = ScoringRuns.build(runId, result, settings, annotations, started, finished, inputs);
            long writeStart = System.nanoTime();
            List<Alert> alerts;
            try {
                runs.write(saved, monitor);
                alerts = monitor.during("saving the run: watchlist alerts",
                        () -> RunAlerts.raise(store, saved, result, request.filter()));
                monitor.check(); // interrupted while writing: the run is not complete, so remove it below
            } catch (RuntimeException e) {
                try {
                    runs.deleteUnfinished();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            double writeSeconds = StepSeconds.since(writeStart, System.nanoTime());
            var event = request.audit(saved, result).with("alerts", alerts.size());
            if (lock.takenOverFrom() != null) {
                event.with("lockTakenOverFrom", lock.takenOverFrom());
            }
            String auditHash = trail.record(event.entry(auditor.analyst(), store.target().describe()));
            runs.complete(runId, trail.ownLogKey(), auditHash, writeSeconds);
            SavedRun complete = new SavedRun(saved.run().withAudit(trail.ownLogKey(), auditHash)
                    .withWriteSeconds(writeSeconds), saved.results());
            if (request.summary() != null) {
                RunSummaryFile.write(complete, alerts, request.summary());
            }
            return new Result(result.withWriteSeconds(writeSeconds), complete, removed, alerts, lock.takenOverFrom());
        }
    }

    /**
     * Node counts by label in the store, without crimegraph's bookkeeping labels. Under a rule that withholds
     * reports, only the nodes an allowed report asserts (and the allowed reports) are counted, so that a run
     * released to a partner does not reveal how much withheld material the store holds.
     */
    static Map<String, Long> inputCounts(GraphStore store, ProjectionFilter filter) {
        Map<String, Long> counts = new TreeMap<>();
        if (filter.maxHandling() == HandlingCode.C && filter.minGrade() == null) {
            counts.putAll(StoreStatus.of(store).caseLabels());
            return new LinkedHashMap<>(counts);
        }
        Release release = Release.of(filter, new PersonNetworkReader(store).reports());
        store.readRows("status/released-labels", Map.of("allowed", List.copyOf(release.allowedReportIds())))
                .forEach(r -> counts.merge((String) r.get("label"), ((Number) r.get("count")).longValue(), Long::sum));
        return new LinkedHashMap<>(counts);
    }
}
