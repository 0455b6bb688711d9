package org.crimegraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crimegraph.store.GraphStore;

/**
 * The fast write of event records (calls, transactions, crossings): an event id is unique, so a row whose
 * id no event node has yet, and that is the first of the batch with that id, cannot meet any relationship
 * or claim its statement would merge. Such rows are written with {@code CREATE} ({@code cypher/ingest/new/})
 * after one indexed read of the batch's ids and one {@code MERGE} per distinct end node (phone, account);
 * the other rows (a known event, or a repeat within the batch) go through the type's {@code MERGE}
 * statement afterwards, in file order. Both run in the batch's transaction, so the read and the writes
 * see the same store; the graph is exactly what the {@code MERGE} statement alone makes.
 */
enum EventCreation {

    CALLS(RecordType.CALLS, "callId", "lookup/existing-calls", "ingest/new/call-phones", "ingest/new/calls",
            row -> List.of(row.get("caller"), row.get("callee"))),
    TRANSACTIONS(RecordType.TRANSACTIONS, "txId", "lookup/existing-transactions", "ingest/new/transaction-accounts",
            "ingest/new/transactions",
            row -> List.of(Map.of("iban", row.get("fromIban"), "country", row.get("fromCountry")),
                    Map.of("iban", row.get("toIban"), "country", row.get("toCountry")))),
    CROSSINGS(RecordType.CROSSINGS, "crossingId", "lookup/existing-crossings", null, "ingest/new/crossings",
            row -> List.of());

    private final RecordType type;
    private final String idParameter;
    private final String existing;
    private final String endNodes;
    private final String create;
    private final Function<Map<String, Object>, List<Object>> endNodeKeys;

    EventCreation(RecordType type, String idParameter, String existing, String endNodes, String create,
                  Function<Map<String, Object>, List<Object>> endNodeKeys) {
        this.type = type;
        this.idParameter = idParameter;
        this.existing = existing;
        this.endNodes = endNodes;
        this.create = create;
        this.endNodeKeys = endNodeKeys;
    }

    /** Runs one write of a batch in its transaction: an event type's rows the fast way, any other as it is. */
    static void write(GraphStore.WriteTransaction tx, GraphStore.Write write) {
        for (EventCreation event : values()) {
            if (event.type.statementName().equals(write.statementName())) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) write.parameters().get("rows");
                event.write(tx, rows);
                return;
            }
        }
        tx.write(write.statementName(), write.parameters());
    }

    private void write(GraphStore.WriteTransaction tx, List<Map<String, Object>> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(String.valueOf(row.get(idParameter))));
        Set<String> stored = new HashSet<>();
        tx.readRows(existing, Map.of("ids", List.copyOf(ids))).forEach(r -> stored.add(String.valueOf(r.get("id"))));
        Set<String> created = new HashSet<>();
        List<Map<String, Object>> fresh = new ArrayList<>();
        List<Map<String, Object>> merged = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String id = String.valueOf(row.get(idParameter));
            (!stored.contains(id) && created.add(id) ? fresh : merged).add(row);
        }
        if (!fresh.isEmpty()) {
            if (endNodes != null) {
                Set<Object> keys = new LinkedHashSet<>();
                fresh.forEach(row -> keys.addAll(endNodeKeys.apply(row)));
                tx.write(endNodes, Map.of("keys", List.copyOf(keys)));
            }
            tx.write(create, Map.of("rows", fresh));
        }
        if (!merged.isEmpty()) {
            tx.write(type.statementName(), Map.of("rows", merged));
        }
    }
}
