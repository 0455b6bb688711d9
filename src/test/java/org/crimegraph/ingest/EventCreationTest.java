package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast write of events ({@link EventCreation}: {@code CREATE} for first sightings) makes exactly the graph
 * the {@code MERGE} statement alone makes, node for node and property for property, including repeats of an id
 * in one batch, a second report's claim, a null optional value and a later batch that meets stored events.
 */
class EventCreationTest {

    @TempDir
    Path dir;

    @Test
    void createsTheGraphTheMergeStatementMakes() {
        List<List<GraphStore.Write>> batches = batches();
        List<String> merged;
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("merge")))) {
            batches.forEach(store::writeAll);
            merged = GraphDump.of(store);
        }
        List<String> created;
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("create")))) {
            batches.forEach(batch -> store.inTransaction(tx -> batch.forEach(w -> EventCreation.write(tx, w))));
            created = GraphDump.of(store);
        }
        assertThat(created).isEqualTo(merged);
        assertThat(created).filteredOn(l -> l.startsWith("N [Call]")).hasSize(3);
        assertThat(created).filteredOn(l -> l.startsWith("N [Transaction]")).hasSize(2);
        assertThat(created).filteredOn(l -> l.startsWith("N [Crossing]")).hasSize(2);
    }

    private static List<List<GraphStore.Write>> batches() {
        OffsetDateTime t = OffsetDateTime.parse("2024-03-01T10:00:00Z");
        List<GraphStore.Write> setup = List.of(
                write("reports", row("reportId", "R1", "agency", "NCA", "grade", "1B", "handling", "P"),
                        row("reportId", "R2", "agency", "NCA", "grade", "2C", "handling", "C")),
                write("persons", row("reportId", "R1", "personId", "P1", "name", "Ann", "aliases", List.of())),
                write("locations", row("reportId", "R1", "locationId", "L1", "name", "Dover")),
                write("vehicles", row("reportId", "R1", "personId", "P1", "vehicleKey", "GB|AB12CDE", "vrm", "AB12CDE",
                        "country", "GB", "relation", "DRIVES")));
        List<GraphStore.Write> first = List.of(
                write("calls", call("R1", "C1", "+447700900001", "+447700900002", t, 60),
                        call("R1", "C2", "+447700900002", "+447700900003", t, 5),
                        call("R1", "C1", "+447700900001", "+447700900002", t.plusMinutes(1), 61), // same report again
                        call("R2", "C1", "+447700900001", "+447700900002", t.plusHours(1), 60)),  // a second claim
                write("transactions", tx("R1", "T1", "GB82WEST12345698765432", "GB29NWBK60161331926819", 100.0),
                        tx("R2", "T1", "GB82WEST12345698765432", "GB29NWBK60161331926819", 120.0)),
                write("crossings", crossing("R1", "X1", null), crossing("R1", "X2", "OUT"), crossing("R2", "X2", "IN")));
        List<GraphStore.Write> second = List.of(
                write("calls", call("R2", "C2", "+447700900002", "+447700900003", t, 5),      // meets a stored call
                        call("R2", "C3", "+447700900003", "+447700900009", t, 9)),            // a new call, new phone
                write("transactions", tx("R1", "T2", "GB29NWBK60161331926819", "GB82WEST12345698765432", 7.5)),
                write("crossings", crossing("R2", "X1", "IN")));
        return List.of(setup, first, second);
    }

    private static GraphStore.Write write(String type, Map<String, Object>... rows) {
        return new GraphStore.Write("ingest/" + type, Map.of("rows", List.of(rows)));
    }

    private static Map<String, Object> call(String report, String id, String a, String b, OffsetDateTime start, long s) {
        return row("reportId", report, "callId", id, "caller", a, "callee", b, "start", start, "durationS", s);
    }

    private static Map<String, Object> tx(String report, String id, String from, String to, double amount) {
        return row("reportId", report, "txId", id, "fromIban", from, "fromCountry", from.substring(0, 2), "toIban", to,
                "toCountry", to.substring(0, 2), "ts", OffsetDateTime.parse("2024-03-02T08:00:00Z"), "amount", amount,
                "currency", "GBP");
    }

    private static Map<String, Object> crossing(String report, String id, String direction) {
        return row("reportId", report, "crossingId", id, "vehicleKey", "GB|AB12CDE", "locationId", "L1",
                "ts", OffsetDateTime.parse("2024-03-03T08:00:00Z"), "direction", direction);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
