package org.crimegraph.scoring;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.ScoringMode;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.store.GraphStore;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.RunAudit;
import org.crimegraph.model.RunInput;
import org.crimegraph.model.RunMode;
import org.crimegraph.model.RunSetup;
import org.crimegraph.model.RunTiming;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.store.ScoringRunStore;

/**
 * Saved scoring runs: builds the record of a run from a {@link ScoringResult} and finds runs again.
 * Writing goes through {@link ScoringRunStore} (batches, then marked complete last), under the
 * store's run lock taken by the caller.
 */
public final class ScoringRuns {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScoringRunStore store;

    public ScoringRuns(GraphStore store) {
        this.store = new ScoringRunStore(store);
    }

    /** A new run id: the start time (UTC, sortable) and 4 random hex digits, e.g. {@code 20261122T084100Z-3f9a}. */
    public static String newRunId(Instant startedAt) {
        byte[] random = new byte[2];
        RANDOM.nextBytes(random);
        return ID_TIME.format(startedAt) + "-" + HexFormat.of().formatHex(random);
    }

    /**
     * The record of one run: parameters, counts and every person's measures, rank, community,
     * key-player flag and articulation point.
     */
    public static SavedRun build(String runId, ScoringResult result, RunSettings settings, RunAnnotations annotations,
                                 Instant startedAt, Instant finishedAt, Map<String, Long> inputCounts) {
        Map<String, Target> targets = new HashMap<>();
        result.targets().forEach(t -> targets.put(t.personId(), t));
        List<PersonResult> results = new ArrayList<>();
        List<String> measureNames = null;
        for (VertexScore<String> s : result.scores().scores()) {
            Map<String, Double> measures = RunMeasures.of(s);
            if (measureNames == null) {
                measureNames = List.copyOf(measures.keySet());
            }
            Target target = targets.get(s.vertex());
            List<String> reasons = target != null && target.rank() <= settings.reasonsKept() ? target.reasons() : List.of();
            results.add(new PersonResult(s.vertex(), result.network().name(s.vertex()),
                    target == null ? PersonResult.Ranking.NONE : new PersonResult.Ranking(target.rank(), target.score()),
                    measures, new PersonResult.Place(s.component(), annotations.communities().get(s.vertex()),
                    annotations.communityStability().get(s.vertex()), annotations.keyPlayers().contains(s.vertex()),
                    s.articulationPoint()), reasons));
        }
        if (measureNames == null) {
            measureNames = RunMeasures.names();
        }
        results.sort(java.util.Comparator.comparing(PersonResult::rank, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).thenComparing(PersonResult::personId));
        var filter = result.filter();
        ScoringRunRecord run = new ScoringRunRecord(runId, new RunTiming(startedAt, finishedAt, result.steps()),
                new RunSetup(CrimegraphVersion.current(), filter.releaseRule(), settings.threads(), settings.seed(),
                        result.scores().pathLength().description(), measureNames, mode(result.scores().mode()),
                        annotations.communityMethod()),
                new RunInput(result.network().graph().vertexSet().size(), result.network().graph().edgeSet().size(),
                        result.scores().componentSizes(), inputCounts), RunAudit.NONE);
        return new SavedRun(run, results);
    }

    /** The mode as the saved run keeps it. */
    static RunMode mode(ScoringMode mode) {
        if (!mode.sampled()) {
            return new RunMode(mode.name(), null, null, null, null, mode.describe());
        }
        return new RunMode(mode.name(), mode.epsilon(), mode.delta(), mode.betweennessSamples(), mode.distanceSamples(),
                mode.describe());
    }

    /** Removes runs that never completed (the caller holds the run lock). */
    public long deleteUnfinished() {
        return store.deleteUnfinished();
    }

    /** Writes a run, not yet visible; {@link #complete} makes it so. */
    public void write(SavedRun run) {
        write(run, Monitor.NONE);
    }

    /** As {@link #write(SavedRun)}, reporting the person results written ({@link ScoringRunStore#WRITE_TASK}). */
    public void write(SavedRun run, Monitor monitor) {
        store.write(run.run(), run.results(), monitor);
    }

    /** Marks a written run complete with its audit line and the seconds its write took. */
    public void complete(String runId, String auditLog, String auditHash, double writeSeconds) {
        store.complete(runId, auditLog, auditHash, writeSeconds);
    }

    /** Complete runs, newest first. */
    public List<ScoringRunRecord> list() {
        return store.list();
    }

    /** Loads a complete run with its results. */
    /**
     * Loads a run by id, or the newest complete run for {@code latest}.
     *
     * @throws IllegalArgumentException if there is no such run
     */
    public SavedRun loadOrLatest(String runId) {
        return loadOrLatest(runId, Monitor.NONE);
    }

    /** As {@link #loadOrLatest(String)}, reporting the persons read ({@link ScoringRunStore#readTask}). */
    public SavedRun loadOrLatest(String runId, Monitor monitor) {
        if (!runId.equals("latest")) {
            return load(runId, null, monitor);
        }
        return load(latest(1).stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no saved scoring run in this store (save one with 'crimegraph score --save')")).runId(), null, monitor);
    }

    public SavedRun load(String runId) {
        return load(runId, null, Monitor.NONE);
    }

    /**
     * As {@link #load(String)}, reporting the persons read to {@code monitor} under {@code task}, or under
     * {@link ScoringRunStore#readTask} if it is null.
     */
    public SavedRun load(String runId, String task, Monitor monitor) {
        ScoringRunRecord run = store.find(runId).orElseThrow(() -> new IllegalArgumentException(
                "no complete scoring run '" + runId + "' in this store (see 'crimegraph runs')"));
        return new SavedRun(run, store.results(run, task != null ? task : ScoringRunStore.readTask(runId), monitor));
    }

    /** The newest {@code n} complete runs, newest first (fewer if the store has fewer). */
    public List<ScoringRunRecord> latest(int n) {
        List<ScoringRunRecord> all = list();
        return all.subList(0, Math.min(n, all.size()));
    }
}
