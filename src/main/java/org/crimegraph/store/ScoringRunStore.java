package org.crimegraph.store;

import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.ReleaseRule;
import org.crimegraph.model.RunAudit;
import org.crimegraph.model.RunInput;
import org.crimegraph.model.RunMode;
import org.crimegraph.model.RunSetup;
import org.crimegraph.model.RunTiming;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.model.StepSeconds;
import org.crimegraph.model.PersonResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crimegraph.analysis.Monitor;
import org.neo4j.driver.Value;

/**
 * Keeps scoring runs in the store ({@code cypher/runs/}): a {@code ScoringRun} node per run and a
 * {@code PersonScore} node per person, linked to the run and to the person.
 *
 * <p>A run is written in batches while its status is {@code writing} and marked {@code complete}
 * by its last write ({@link #complete}); {@link #list}, {@link #find} and {@link #results} see
 * complete runs only, so a run that fails half-way is never visible. The writer removes such
 * leftovers ({@link #deleteUnfinished}) while holding the {@link RunLock}.
 */
public final class ScoringRunStore {

    /** Person results per write transaction. */
    public static final int BATCH_SIZE = 2_000;

    private final GraphStore store;

    public ScoringRunStore(GraphStore store) {
        this.store = store;
    }

    /** The task of writing a run's results ({@link #write(ScoringRunRecord, List, Monitor)}), in persons. */
    public static final String WRITE_TASK = "saving the run: person results";

    /** The task of reading run {@code runId}'s results, in persons. */
    public static String readTask(String runId) {
        return "reading run " + runId;
    }

    /** Writes a run and its results with status {@code writing}; {@link #complete} makes it visible. */
    public void write(ScoringRunRecord run, List<PersonResult> results) {
        write(run, results, Monitor.NONE);
    }

    /**
     * As {@link #write(ScoringRunRecord, List)}, reporting the results written to {@code monitor} (task
     * {@link #WRITE_TASK}, one step per batch of {@value #BATCH_SIZE} persons).
     */
    public void write(ScoringRunRecord run, List<PersonResult> results, Monitor monitor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("runId", run.runId());
        properties.put("startedAt", run.timing().startedAt().toString());
        properties.put("finishedAt", run.timing().finishedAt().toString());
        properties.put("version", run.setup().version());
        properties.putAll(run.setup().rules());
        properties.put("persons", run.input().persons());
        properties.put("links", run.input().links());
        properties.put("componentSizes", run.input().componentSizes());
        properties.put("pathLength", run.setup().pathLength());
        properties.put("inputLabels", List.copyOf(run.input().inputCounts().keySet()));
        properties.put("inputCounts", List.copyOf(run.input().inputCounts().values()));
        properties.put("measureNames", run.setup().measureNames());
        properties.put("communities", run.setup().communities());
        RunMode mode = run.setup().mode();
        properties.put("mode", mode.name());
        properties.put("epsilon", mode.epsilon());
        properties.put("delta", mode.delta());
        properties.put("betweennessSamples", mode.betweennessSamples());
        properties.put("distanceSamples", mode.distanceSamples());
        properties.put("modeDescription", mode.description());
        if (run.timing().steps() != null) {
            properties.put("projectionSeconds", run.timing().steps().projection());
            properties.put("analysisSeconds", run.timing().steps().analysis());
        }
        properties.values().removeIf(java.util.Objects::isNull);
        store.writeAndRead("runs/create", Map.of("run", properties), r -> r.get("runId").asString());
        List<Map<String, Object>> batch = new ArrayList<>();
        long written = 0;
        monitor.progress(WRITE_TASK, 0, results.size(), "persons");
        for (PersonResult result : results) {
            batch.add(row(result, run.setup().measureNames()));
            if (batch.size() == BATCH_SIZE) {
                writeBatch(run.runId(), batch);
                written += batch.size();
                monitor.progress(WRITE_TASK, written, results.size(), "persons");
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            writeBatch(run.runId(), batch);
        }
        monitor.progress(WRITE_TASK, results.size(), results.size(), "persons");
    }

    /** Marks a written run complete, recording its audit line and write seconds; from now on it is listed. */
    public void complete(String runId, String auditLog, String auditHash, double writeSeconds) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("runId", runId);
        parameters.put("writeSeconds", writeSeconds);
        parameters.put("auditLog", auditLog);
        parameters.put("auditHash", auditHash);
        if (store.writeAndRead("runs/complete", parameters, r -> r.get("runId").asString()).isEmpty()) {
            throw new IllegalStateException("run " + runId + " is not being written: cannot complete it");
        }
    }

    /** Removes runs that never completed, with their results; returns how many. */
    public long deleteUnfinished() {
        return store.writeAndRead("runs/delete-unfinished", Map.of(), r -> r.get("deleted").asLong()).get(0);
    }

    /** Complete runs, newest first. */
    public List<ScoringRunRecord> list() {
        return store.read("runs/list", Map.of(), r -> run(r.get("run")));
    }

    /** One complete run. */
    public Optional<ScoringRunRecord> find(String runId) {
        return store.read("runs/get", Map.of("runId", runId), r -> run(r.get("run"))).stream().findFirst();
    }

    /** A complete run's per-person results, by rank (unranked last) then id. */
    public List<PersonResult> results(ScoringRunRecord run) {
        return results(run, readTask(run.runId()), Monitor.NONE);
    }

    /**
     * As {@link #results(ScoringRunRecord)}, reporting the persons read so far to {@code monitor} under
     * {@code task} (out of the persons the run scored).
     */
    public List<PersonResult> results(ScoringRunRecord run, String task, Monitor monitor) {
        try (RowProgress rows = new RowProgress(monitor, task, run.input().persons(), "persons")) {
            return store.read("runs/results", Map.of("runId", run.runId()), r -> {
                rows.row();
                return result(r.get("result"), run.setup().measureNames());
            });
        }
    }

    private void writeBatch(String runId, List<Map<String, Object>> rows) {
        store.writeAndRead("runs/add-results", Map.of("runId", runId, "rows", rows), r -> r.get("written").asLong());
    }

    private static Map<String, Object> row(PersonResult result, List<String> measureNames) {
        Map<String, Object> row = new HashMap<>();
        row.put("personId", result.personId());
        row.put("name", result.name());
        if (result.rank() != null) {
            row.put("rank", result.rank());
            row.put("score", result.score());
        }
        List<Double> values = new ArrayList<>(measureNames.size());
        for (String name : measureNames) {
            Double value = result.measures().get(name);
            values.add(value == null ? Double.NaN : value);
        }
        row.put("measureValues", values);
        row.put("component", result.component());
        if (result.community() != null) {
            row.put("community", result.community());
        }
        if (result.place().communityStability() != null) {
            row.put("communityStability", result.place().communityStability());
        }
        row.put("keyPlayer", result.keyPlayer());
        row.put("articulationPoint", result.articulationPoint());
        row.put("reasons", result.reasons());
        return row;
    }

    private static ScoringRunRecord run(Value v) {
        Map<String, Long> inputs = new LinkedHashMap<>();
        List<String> labels = v.get("inputLabels").isNull() ? List.of() : v.get("inputLabels").asList(Value::asString);
        List<Long> counts = v.get("inputCounts").isNull() ? List.of() : v.get("inputCounts").asList(Value::asLong);
        for (int i = 0; i < labels.size(); i++) {
            inputs.put(labels.get(i), counts.get(i));
        }
        return new ScoringRunRecord(v.get("runId").asString(),
                new RunTiming(Instant.parse(v.get("startedAt").asString()), Instant.parse(v.get("finishedAt").asString()),
                        steps(v)),
                new RunSetup(text(v, "version"), release(v), v.get("threads").asInt(), v.get("seed").asLong(),
                        text(v, "pathLength"), v.get("measureNames").asList(Value::asString), mode(v),
                        text(v, "communities")),
                new RunInput(v.get("persons").asInt(), v.get("links").asInt(), v.get("componentSizes").asList(Value::asInt),
                        inputs),
                new RunAudit(text(v, "auditLog"), text(v, "auditHash")));
    }

    /** The run's mode; {@link RunMode#UNRECORDED} for runs saved before modes were kept. */
    private static RunMode mode(Value v) {
        if (v.get("mode").isNull()) {
            return RunMode.UNRECORDED;
        }
        return new RunMode(text(v, "mode"), number(v, "epsilon"), number(v, "delta"),
                v.get("betweennessSamples").isNull() ? null : v.get("betweennessSamples").asInt(),
                v.get("distanceSamples").isNull() ? null : v.get("distanceSamples").asInt(), text(v, "modeDescription"));
    }

    /** The run's step seconds, or null for runs saved before steps were timed. */
    private static StepSeconds steps(Value v) {
        if (v.get("analysisSeconds").isNull()) {
            return null;
        }
        return new StepSeconds(v.get("projectionSeconds").asDouble(), v.get("analysisSeconds").asDouble(),
                number(v, "writeSeconds"));
    }

    private static Double number(Value v, String key) {
        return v.get(key).isNull() ? null : v.get(key).asDouble();
    }

    /** The run's evidence rule, parsed once here from the stored properties. */
    private static ReleaseRule release(Value v) {
        String minGrade = text(v, "minGrade");
        return new ReleaseRule(HandlingCode.valueOf(text(v, "maxHandling")), minGrade == null ? null : Grade.parse(minGrade),
                text(v, "releaseRule"));
    }

    private static PersonResult result(Value v, List<String> measureNames) {
        Map<String, Double> measures = new LinkedHashMap<>();
        List<Double> values = v.get("measureValues").asList(Value::asDouble);
        for (int i = 0; i < measureNames.size() && i < values.size(); i++) {
            if (!values.get(i).isNaN()) {
                measures.put(measureNames.get(i), values.get(i));
            }
        }
        return new PersonResult(v.get("personId").asString(), text(v, "name"),
                new PersonResult.Ranking(v.get("rank").isNull() ? null : v.get("rank").asInt(),
                        v.get("score").isNull() ? null : v.get("score").asDouble()), measures,
                new PersonResult.Place(v.get("component").asInt(),
                        v.get("community").isNull() ? null : v.get("community").asInt(),
                        v.get("communityStability").isNull() ? null : v.get("communityStability").asDouble(),
                        v.get("keyPlayer").asBoolean(), v.get("articulationPoint").asBoolean()),
                v.get("reasons").asList(Value::asString));
    }

    private static String text(Value v, String key) {
        return v.get(key).isNull() ? null : v.get(key).asString();
    }
}
