package org.crimegraph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crimegraph.graph.Evidence;
import org.crimegraph.graph.EvidenceKind;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * Reads the person network out of the store: persons, report gradings and the evidence rows of
 * {@code cypher/projection/}, then hands them to the pure {@link PersonNetworkProjection}.
 */
public final class PersonNetworkReader {

    /** Two vehicles crossing at one place within this time "crossed together". */
    public static final Duration DEFAULT_CROSSING_WINDOW = Duration.ofMinutes(30);

    private final GraphStore store;

    public PersonNetworkReader(GraphStore store) {
        this.store = store;
    }

    /** Reads and projects the network. */
    public PersonNetwork read(PersonNetworkProjection projection, Duration crossingWindow) {
        List<PersonNetworkProjection.PersonRecord> persons = store.read("projection/persons", Map.of(),
                r -> new PersonNetworkProjection.PersonRecord(r.get("personId").asString(),
                        r.get("name").isNull() ? null : r.get("name").asString(),
                        r.get("reportIds").asList(v -> v.asString())));
        List<ReportGrading> reports = reports();
        List<Evidence> evidence = store.read("projection/person-evidence",
                Map.of("crossingWindowSeconds", crossingWindow.toSeconds()),
                r -> new Evidence(r.get("a").asString(), r.get("b").asString(),
                        EvidenceKind.fromLabel(r.get("kind").asString()), r.get("evidenceId").asString(),
                        r.get("parts").asList(part -> part.isNull() ? List.<String>of() : part.asList(v -> v.asString())),
                        r.get("amount").asDouble(),
                        r.get("ts").isNull() ? null : r.get("ts").asZonedDateTime().toInstant()));
        return projection.project(persons, reports, evidence);
    }

    /** Every report's grading. */
    public List<ReportGrading> reports() {
        return store.read("projection/reports", Map.of(),
                r -> new ReportGrading(r.get("reportId").asString(),
                        r.get("agency").isNull() ? "" : r.get("agency").asString(),
                        Grade.parse(r.get("grade").asString()), HandlingCode.fromCode(r.get("handling").asString())));
    }
}
