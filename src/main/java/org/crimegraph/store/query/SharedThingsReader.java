package org.crimegraph.store.query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.crimegraph.store.GraphStore;

/**
 * What two persons share directly ({@code cypher/query/common-things.cypher}): phones, accounts,
 * vehicles, addresses, meetings and routes, each with the reports behind each person's tie to it.
 */
public final class SharedThingsReader {

    /**
     * One shared thing.
     *
     * @param kind     phone, account, vehicle, address, meeting or route
     * @param key      its key (number, IBAN, vehicle key, location id, meeting id, route id)
     * @param label    what to show
     * @param at       when (meetings), else null
     * @param aReports reports behind the first person's tie to it
     * @param bReports reports behind the second person's tie to it
     */
    public record SharedThing(String kind, String key, String label, OffsetDateTime at,
                              List<String> aReports, List<String> bReports) {
    }

    private final GraphStore store;

    public SharedThingsReader(GraphStore store) {
        this.store = store;
    }

    /** Everything persons {@code a} and {@code b} both hold, use, attend or live at. */
    public List<SharedThing> between(String a, String b) {
        return store.read("query/common-things", Map.of("a", a, "b", b),
                r -> new SharedThing(r.get("kind").asString(), r.get("key").asString(),
                        r.get("label").isNull() ? r.get("key").asString() : r.get("label").asString(),
                        r.get("at").isNull() ? null : r.get("at").asOffsetDateTime(),
                        r.get("aReports").isNull() ? List.of() : r.get("aReports").asList(v -> v.asString()),
                        r.get("bReports").isNull() ? List.of() : r.get("bReports").asList(v -> v.asString())));
    }
}
