package org.crimegraph.store.query;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crimegraph.graph.Evidence;
import org.crimegraph.graph.EvidenceKind;
import org.crimegraph.graph.PersonNetworkProjection.PersonRecord;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.store.GraphStore;

/**
 * Reads the evidence that links given persons to anyone ({@code cypher/query/evidence-of.cypher}): the
 * same evidence the projection uses, anchored at those persons, with event dates, and each far-end person
 * with the reports that assert them (so the persons reached need no second query).
 */
public final class EvidenceReader {

    private final GraphStore store;
    private final Duration crossingWindow;

    public EvidenceReader(GraphStore store, Duration crossingWindow) {
        this.store = store;
        this.crossingWindow = crossingWindow;
    }

    /** A piece of evidence and the person at its far end, as the projection reads persons. */
    public record Row(DatedEvidence evidence, PersonRecord other) {
    }

    /** Every piece of evidence with one end among {@code personIds} (read from that end). */
    public List<Row> of(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return store.read("query/evidence-of",
                Map.of("ids", List.copyOf(personIds), "crossingWindowSeconds", crossingWindow.toSeconds()),
                r -> new Row(new DatedEvidence(
                        new Evidence(r.get("a").asString(), r.get("b").asString(),
                                EvidenceKind.fromLabel(r.get("kind").asString()), r.get("evidenceId").asString(),
                                r.get("parts").asList(p -> p.isNull() ? List.<String>of() : p.asList(v -> v.asString())),
                                r.get("amount").asDouble()),
                        r.get("at").isNull() ? null : r.get("at").asOffsetDateTime()),
                        new PersonRecord(r.get("b").asString(), r.get("bName").isNull() ? null : r.get("bName").asString(),
                                r.get("bReports").asList(v -> v.asString()))));
    }
}
