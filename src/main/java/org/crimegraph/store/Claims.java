package org.crimegraph.store;

import java.util.List;
import java.util.Map;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.ClaimedEvidence;
import org.crimegraph.graph.CrossingPairs;
import org.crimegraph.graph.EvidenceKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads claims as statements return them: a list of maps {@code {reportId, field: value …}}, one per
 * asserting report (docs/provenance.md). Values keep the driver's Java types (text, numbers, lists,
 * {@code ZonedDateTime}, {@code LocalDate}); the release component picks among them.
 */
public final class Claims {

    private Claims() {
    }

    /** The claims in a list-of-maps value (null or missing = none). */
    public static List<Claim> of(Value list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        return list.asList(v -> {
            Map<String, Object> values = v.asMap();
            return new Claim(String.valueOf(values.get("reportId")), values);
        });
    }

    /** The reports behind a list of claims. */
    public static List<String> reportIds(List<Claim> claims) {
        return claims.stream().map(Claim::reportId).toList();
    }

    /** An evidence row of {@code cypher/projection/person-evidence.cypher} or {@code cypher/query/evidence-of.cypher}. */
    public static ClaimedEvidence evidence(Record r) {
        return new ClaimedEvidence(r.get("a").asString(), r.get("b").asString(),
                EvidenceKind.fromLabel(r.get("kind").asString()), r.get("evidenceId").asString(),
                r.get("parts").asList(Claims::strings),
                r.get("events").asList(Claims::of));
    }

    /** A row of {@code cypher/projection/crossing-sightings.cypher}. */
    public static CrossingPairs.Sighting sighting(Record r) {
        return new CrossingPairs.Sighting(r.get("location").asString(), r.get("crossingId").asString(),
                r.get("vehicle").asString(), r.get("person").asString(), strings(r.get("driverReports")),
                strings(r.get("madeReports")), strings(r.get("atReports")), of(r.get("claims")));
    }

    /** A list of strings, empty for null (a relationship without reports). */
    static List<String> strings(Value list) {
        return list.isNull() ? List.of() : list.asList(Value::asString);
    }
}
