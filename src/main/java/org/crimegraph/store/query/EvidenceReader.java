package org.crimegraph.store.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.ClaimedEvidence;
import org.crimegraph.graph.PersonNetworkProjection.PersonRecord;
import org.crimegraph.graph.Release;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.store.Claims;
import org.crimegraph.store.GraphStore;

/**
 * Reads the evidence that links given persons to anyone ({@code cypher/query/evidence-of.cypher}): the
 * same evidence the projection uses, anchored at those persons, with event dates, and each far-end person
 * with the reports that assert them (so the persons reached need no second query). Only evidence that
 * stands under the {@link Release} is returned, dated and named as the release allows.
 */
public final class EvidenceReader {

    private final GraphStore store;
    private final Release release;
    private final Duration crossingWindow;

    public EvidenceReader(GraphStore store, Release release, Duration crossingWindow) {
        this.store = store;
        this.release = release;
        this.crossingWindow = crossingWindow;
    }

    /** A piece of evidence and the person at its far end, as the projection reads persons. */
    public record Row(DatedEvidence evidence, PersonRecord other) {
    }

    /** Every piece of evidence with one end among {@code personIds} (read from that end) that stands under the release. */
    public List<Row> of(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        store.read("query/evidence-of",
                Map.of("ids", List.copyOf(personIds), "crossingWindowSeconds", crossingWindow.toSeconds()), r -> {
                    ClaimedEvidence.Standing standing = Claims.evidence(r).under(release, crossingWindow);
                    if (standing != null) {
                        List<Claim> other = Claims.of(r.get("bClaims"));
                        rows.add(new Row(new DatedEvidence(standing.evidence(), standing.at()),
                                new PersonRecord(r.get("b").asString(), release.text(other, "name"),
                                        Claims.reportIds(other))));
                    }
                    return null;
                });
        return rows;
    }
}
