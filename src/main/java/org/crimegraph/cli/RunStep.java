package org.crimegraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.model.PersonResult;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.store.RunLock;
import org.crimegraph.store.StoreStatus;

/**
 * {@code score --save}: one scheduled scoring run. Under the store's run lock it removes leftovers of
 * failed runs, scores, writes the run (invisible until complete), appends the audit line, marks the
 * run complete with that line's hash, and writes the JSON summary file.
 */
final class RunStep {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunStep() {
    }

    /** {@link #scoreAndSave} without progress or cancellation. */
    static ScoringResult scoreAndSave(GraphStore store, ProjectionFilter filter, Integer threads,
                                      org.crimegraph.analysis.BetweennessMethod method, RunOptions options,
                                      AuditOptions audit, StoreOptions storeOptions, PrintWriter err) {
        return scoreAndSave(store, filter, threads, method, options, audit, storeOptions, err, Monitor.NONE);
    }

    /**
     * Scores and saves one run; a cancelled {@code monitor} ends it with
     * {@link org.crimegraph.analysis.ComputationCancelledException}, the lock released and no run left.
     */
    static ScoringResult scoreAndSave(GraphStore store, ProjectionFilter filter, Integer threads,
                                      org.crimegraph.analysis.BetweennessMethod method, RunOptions options,
                                      AuditOptions audit, StoreOptions storeOptions, PrintWriter err,
                                      Monitor monitor) {
        int threadCount = threads == null ? NetworkScoringJob.defaultThreads() : threads;
        RunSettings settings = new RunSettings(threadCount, options.seed, RunSettings.DEFAULT_REASONS_KEPT);
        Clock clock = Clock.systemUTC();
        ScoringRuns runs = new ScoringRuns(store);
        AuditTrail trail = audit.trail(storeOptions, store);
        try (RunLock lock = RunLock.acquire(store, RunLock.SCORING, owner(), options.lockTtl, clock)) {
            long removed = runs.deleteUnfinished();
            if (removed > 0) {
                err.printf("removed %d unfinished run(s) left by a failed run%n", removed);
            }
            Instant started = clock.instant();
            Map<String, Long> inputs = inputCounts(store, filter);
            ScoringResult result = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(threadCount, method,
                    options.seed)).run(filter, monitor);
            Instant finished = clock.instant();
            String runId = ScoringRuns.newRunId(started);
            SavedRun saved = ScoringRuns.build(runId, result, settings, new RunAnnotations(result.communityByPerson(),
                    keyPlayers(result, options, monitor)), started, finished, inputs);
            try {
                runs.write(saved);
                monitor.check(); // interrupted while writing: the run is not complete, so remove it below
            } catch (RuntimeException e) {
                try {
                    runs.deleteUnfinished();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("runId", runId);
            parameters.put("threads", threadCount);
            parameters.put("seed", options.seed);
            parameters.put("betweenness", result.scores().betweennessMethod());
            parameters.put("persons", saved.run().persons());
            parameters.put("links", saved.run().links());
            parameters.put("topTargets", result.targets().stream().limit(10).map(t -> t.personId()).toList());
            String auditHash = trail.record(AuditEvent.of("score").with(parameters).release(filter.describe())
                    .entry(audit.analyst(), store.target().describe()));
            runs.complete(runId, trail.ownLogKey(), auditHash);
            SavedRun complete = new SavedRun(saved.run().withAudit(trail.ownLogKey(), auditHash), saved.results());
            err.printf("saved scoring run %s (%d persons, %d links) in %s%n", runId, saved.run().persons(),
                    saved.run().links(), store.target().describe());
            if (options.summary != null) {
                writeSummary(complete, options.summary);
                err.printf("run summary written to %s%n", options.summary);
            }
            err.flush();
            return result;
        }
    }

    /**
     * The run's key-player set: the persons whose joint removal fragments the network most
     * (Borgatti 2006, KPP-Neg with fragmentation F, greedy plus swaps, seeded).
     */
    static Set<String> keyPlayers(ScoringResult result, RunOptions options, Monitor monitor) {
        return keyPlayers(result, options.keyPlayers, options.seed, monitor);
    }

    /** The key-player set of {@code size} (capped at the network's size; 0 for none), seeded. */
    static Set<String> keyPlayers(ScoringResult result, int size, long seed, Monitor monitor) {
        if (size < 0) {
            throw new IllegalArgumentException("--key-players must be 0 or more");
        }
        var graph = org.crimegraph.analysis.IndexedGraph.of(result.network().graph());
        int k = Math.min(size, graph.vertexCount());
        if (k == 0) {
            return Set.of();
        }
        var search = new org.crimegraph.disruption.KeyPlayerSearch<>(graph, org.crimegraph.disruption.KeyPlayerMeasure.F,
                org.crimegraph.disruption.KeyPlayerSearch.Parameters.DEFAULTS.withSeed(seed));
        return Set.copyOf(search.find(k, monitor).members());
    }

    /**
     * Node counts by label in the store, without crimegraph's bookkeeping labels. Under a rule that withholds
     * reports, only the nodes an allowed report asserts (and the allowed reports) are counted, so that a run
     * released to a partner does not reveal how much withheld material the store holds.
     */
    static Map<String, Long> inputCounts(GraphStore store, ProjectionFilter filter) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        if (filter.maxHandling() == org.crimegraph.model.HandlingCode.C && filter.minGrade() == null) {
            counts.putAll(StoreStatus.of(store).caseLabels());
            return new LinkedHashMap<>(counts);
        }
        Release release = Release.of(filter, new org.crimegraph.store.PersonNetworkReader(store).reports());
        store.readRows("status/released-labels", Map.of("allowed", List.copyOf(release.allowedReportIds())))
                .forEach(r -> counts.merge((String) r.get("label"), ((Number) r.get("count")).longValue(), Long::sum));
        return new LinkedHashMap<>(counts);
    }

    /** Who takes the run lock: user, host and process id. */
    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host + " pid " + ProcessHandle.current().pid();
    }

    /** Writes the summary next to its final name and moves it into place, so a reader never sees half a file. */
    static void writeSummary(SavedRun saved, Path file) {
        var run = saved.run();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("runId", run.runId());
        summary.put("status", "complete");
        summary.put("startedAt", run.startedAt().toString());
        summary.put("finishedAt", run.finishedAt().toString());
        summary.put("scoringSeconds", Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0);
        summary.put("version", run.version());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("releaseRule", run.releaseRule());
        parameters.put("maxHandling", run.maxHandling());
        parameters.put("minGrade", run.minGrade());
        parameters.put("threads", run.threads());
        parameters.put("seed", run.seed());
        summary.put("parameters", parameters);
        summary.put("inputCounts", run.inputCounts());
        summary.put("persons", run.persons());
        summary.put("links", run.links());
        summary.put("componentSizes", run.componentSizes());
        summary.put("articulationPoints", saved.results().stream().filter(PersonResult::articulationPoint)
                .map(PersonResult::personId).sorted().toList());
        summary.put("keyPlayers", saved.results().stream().filter(PersonResult::keyPlayer)
                .map(PersonResult::personId).sorted().toList());
        summary.put("communities", saved.results().stream().map(PersonResult::community)
                .filter(java.util.Objects::nonNull).distinct().count());
        summary.put("topTargets", saved.results().stream().filter(r -> r.rank() != null && r.rank() <= 10)
                .map(r -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("rank", r.rank());
                    t.put("id", r.personId());
                    t.put("name", r.name());
                    t.put("score", r.score());
                    return t;
                }).toList());
        summary.put("auditLog", run.auditLog());
        summary.put("auditHash", run.auditHash());
        summary.put("heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
            Path absolute = file.toAbsolutePath();
            PrivateFiles.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), ".summary", ".tmp");
            JSON.writeValue(PrivateFiles.newOutputStream(temp), summary);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run summary " + file + ": " + e.getMessage(), e);
        }
    }
}
