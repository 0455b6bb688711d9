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
import org.crimegraph.audit.AuditEntry;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.RunAnnotations;
import org.crimegraph.scoring.RunSettings;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonResult;
import org.crimegraph.store.RunLock;
import org.crimegraph.store.StoreStatus;

/**
 * {@code score --save}: one scheduled scoring run. Under the store's run lock it removes leftovers of
 * failed runs, scores, writes the run (invisible until complete), appends the audit line, marks the
 * run complete with that line's hash, and writes the JSON summary file.
 */
final class RunStep {

    /** Labels of crimegraph's own bookkeeping, left out of a run's input counts. */
    private static final List<String> BOOKKEEPING = List.of("ScoringRun", "PersonScore", "RunLock", "AuditAnchor",
            "IngestFile", "IngestBatch", "ResolutionDecision");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunStep() {
    }

    static ScoringResult scoreAndSave(GraphStore store, ProjectionFilter filter, Integer threads,
                                      org.crimegraph.analysis.BetweennessMethod method, RunOptions options,
                                      AuditOptions audit, StoreOptions storeOptions, PrintWriter err) {
        int threadCount = threads == null ? NetworkScoringJob.defaultThreads() : threads;
        RunSettings settings = new RunSettings(threadCount, options.seed, RunSettings.DEFAULT_REASONS_KEPT);
        Clock clock = Clock.systemUTC();
        ScoringRuns runs = new ScoringRuns(store);
        AuditTrail trail = new AuditTrail(audit.log(storeOptions), store);
        try (RunLock lock = RunLock.acquire(store, RunLock.SCORING, owner(), options.lockTtl, clock)) {
            long removed = runs.deleteUnfinished();
            if (removed > 0) {
                err.printf("removed %d unfinished run(s) left by a failed run%n", removed);
            }
            Instant started = clock.instant();
            Map<String, Long> inputs = inputCounts(store);
            ScoringResult result = new NetworkScoringJob(store, threadCount, method).run(filter, options.seed);
            Instant finished = clock.instant();
            String runId = ScoringRuns.newRunId(started);
            SavedRun saved = ScoringRuns.build(runId, result, settings, new RunAnnotations(result.communityByPerson(), keyPlayers(result, options)),
                    started, finished, inputs);
            try {
                runs.write(saved);
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
            String auditHash = trail.record(new AuditEntry("score", audit.analyst(), parameters,
                    List.of(store.target().describe()), Map.of(), filter.describe()));
            runs.complete(runId, trail.log().key(), auditHash);
            SavedRun complete = new SavedRun(saved.run().withAudit(trail.log().key(), auditHash), saved.results());
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
    static Set<String> keyPlayers(ScoringResult result, RunOptions options) {
        return keyPlayers(result, options.keyPlayers, options.seed);
    }

    /** The key-player set of {@code size} (capped at the network's size; 0 for none), seeded. */
    static Set<String> keyPlayers(ScoringResult result, int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("--key-players must be 0 or more");
        }
        var graph = org.crimegraph.analysis.IndexedGraph.of(result.network().graph());
        int k = Math.min(size, graph.vertexCount());
        if (k == 0) {
            return Set.of();
        }
        var search = new org.crimegraph.disruption.KeyPlayerSearch<>(graph, org.crimegraph.disruption.KeyPlayerMeasure.F,
                org.crimegraph.disruption.KeyPlayerSearch.Settings.DEFAULTS.withSeed(seed));
        return Set.copyOf(search.find(k).members());
    }

    /** Node counts by label in the store, without crimegraph's bookkeeping labels. */
    static Map<String, Long> inputCounts(GraphStore store) {
        Map<String, Long> counts = new LinkedHashMap<>(StoreStatus.of(store).labels());
        BOOKKEEPING.forEach(counts::remove);
        return counts;
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
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), ".summary", ".tmp");
            JSON.writeValue(temp.toFile(), summary);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run summary " + file + ": " + e.getMessage(), e);
        }
    }
}
