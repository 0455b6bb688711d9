package org.crimegraph.store.query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;
import org.crimegraph.store.Claims;
import org.crimegraph.store.GraphStore;
import org.neo4j.driver.Value;

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
    private final Release release;

    public SharedThingsReader(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * Everything persons {@code a} and {@code b} both hold, use, attend or live at, labelled and dated from
     * the claims the release allows (a meeting's place only through an allowed {@code AT}). The ties'
     * reports are returned as stored: the caller keeps a thing only if both ties stand.
     */
    public List<SharedThing> between(String a, String b) {
        return store.read("query/common-things", Map.of("a", a, "b", b), r -> {
            String kind = r.get("kind").asString();
            String key = r.get("key").asString();
            List<Claim> claims = Claims.of(r.get("claims"));
            String claimed = release.text(claims, "label");
            String label = switch (kind) {
                case "vehicle" -> r.get("prefix").asString() + (claimed == null ? "" : " " + claimed);
                case "meeting" -> r.get("prefix").asString() + place(r.get("places"));
                default -> claimed == null ? key : claimed;
            };
            Object at = release.value(claims, "at");
            return new SharedThing(kind, key, label,
                    at instanceof java.time.ZonedDateTime z ? z.toOffsetDateTime() : null,
                    r.get("aReports").isNull() ? List.of() : r.get("aReports").asList(Value::asString),
                    r.get("bReports").isNull() ? List.of() : r.get("bReports").asList(Value::asString));
        });
    }

    /** " at NAME" for the first place (by location id) an allowed report puts the meeting at and names, else "". */
    private String place(Value places) {
        return places.asList(v -> v).stream()
                .filter(p -> release.allowsAny(p.get("reportIds").asList(Value::asString)))
                .sorted(java.util.Comparator.comparing(p -> p.get("locationId").asString()))
                .map(p -> release.text(Claims.of(p.get("claims")), "name"))
                .filter(java.util.Objects::nonNull)
                .findFirst().map(name -> " at " + name).orElse("");
    }
}
