package org.crimegraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.model.Alert;
import org.crimegraph.model.WatchEntry;
import org.crimegraph.model.WatchState;
import org.neo4j.driver.Value;

/**
 * Keeps the watchlist ({@code cypher/watch/}) and, with each scoring run, its alerts and what it saw around
 * each watched person ({@code cypher/runs/add-watch}, {@code watch-states}, {@code alerts}).
 */
public final class WatchlistStore {

    private final GraphStore store;

    public WatchlistStore(GraphStore store) {
        this.store = store;
    }

    /** Adds (or updates the reason of) watched persons. */
    public void add(List<WatchEntry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WatchEntry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", e.personId());
            row.put("reason", e.reason());
            row.put("addedBy", e.addedBy());
            row.put("addedAt", e.addedAt());
            rows.add(row);
        }
        store.writeAndRead("watch/add", Map.of("entries", rows), r -> r.get("watched").asLong());
    }

    /** Removes watched persons; returns the ids that were on the list. */
    public List<String> remove(List<String> personIds) {
        return store.writeAndRead("watch/remove", Map.of("personIds", List.copyOf(personIds)),
                r -> r.get("removed").asList(Value::asString)).get(0);
    }

    /** The watchlist, by person id. */
    public List<WatchEntry> list() {
        return store.read("watch/list", Map.of(), r -> new WatchEntry(r.get("personId").asString(), text(r.get("reason")),
                text(r.get("addedBy")), text(r.get("addedAt"))));
    }

    /** Writes a run's watch states and alerts; the run must still be being written. */
    public void write(String runId, List<WatchState> states, List<Alert> alerts) {
        List<Map<String, Object>> stateRows = new ArrayList<>();
        for (WatchState s : states) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", s.personId());
            row.put("rank", s.rank());
            row.put("articulation", s.articulation());
            row.put("neighbours", s.neighbours());
            row.put("community", s.community());
            row.put("holdings", s.holdings());
            row.put("nearWatched", s.nearWatched());
            stateRows.add(row);
        }
        List<Map<String, Object>> alertRows = alerts.stream().map(Alert::fields).toList();
        store.writeAndRead("runs/add-watch", Map.of("runId", runId, "states", stateRows, "alerts", alertRows),
                r -> r.get("alerts").asLong());
    }

    /** What a complete run saw around the watched persons (none for a run saved before they were watched). */
    public List<WatchState> states(String runId) {
        return store.read("runs/watch-states", Map.of("runId", runId), r -> {
            Value s = r.get("state");
            return new WatchState(s.get("personId").asString(), s.get("rank").isNull() ? null : s.get("rank").asInt(),
                    s.get("articulation").asBoolean(), strings(s.get("neighbours")), strings(s.get("community")),
                    strings(s.get("holdings")), strings(s.get("nearWatched")));
        });
    }

    /** The alerts the given complete runs raised, oldest run first. */
    public List<Alert> alerts(List<String> runIds) {
        return store.read("runs/alerts", Map.of("runIds", List.copyOf(runIds)), r -> {
            Value a = r.get("alert");
            return new Alert(r.get("runId").asString(), a.get("personId").asString(), Alert.Kind.valueOf(a.get("kind").asString()),
                    a.get("detail").asString(), strings(a.get("reportIds")));
        });
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
