package org.crimegraph.store;

import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.ProjectionFilter;
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

    /** The person network under {@code filter}, with the default weights and crossing window. */
    public PersonNetwork read(ProjectionFilter filter) {
        return read(new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS), DEFAULT_CROSSING_WINDOW);
    }

    /**
     * Reads and projects the network. Person records an analyst confirmed as one person
     * ({@code SAME_AS}, see {@code crimegraph resolve}) become one node under the smallest of their ids,
     * with the union of their reports; evidence between them disappears (it would be a self-loop).
     */
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
        Map<String, String> canonical = canonicalIds();
        if (!canonical.isEmpty()) {
            persons = mergeConfirmed(persons, canonical);
            evidence = evidence.stream()
                    .map(e -> new Evidence(canonical.getOrDefault(e.a(), e.a()), canonical.getOrDefault(e.b(), e.b()),
                            e.kind(), e.evidenceId(), e.parts(), e.amount(), e.time()))
                    .filter(e -> !e.a().equals(e.b()))
                    .toList();
        }
        return projection.project(persons, reports, evidence);
    }

    /** For each person record in a confirmed group, the group's canonical (smallest) id; others absent. */
    Map<String, String> canonicalIds() {
        Map<String, String> parent = new java.util.HashMap<>();
        for (String[] pair : store.read("projection/same-as", Map.of(),
                r -> new String[] {r.get("a").asString(), r.get("b").asString()})) {
            String rootA = root(parent, pair[0]);
            String rootB = root(parent, pair[1]);
            if (!rootA.equals(rootB)) {
                parent.put(rootA.compareTo(rootB) < 0 ? rootB : rootA, rootA.compareTo(rootB) < 0 ? rootA : rootB);
            }
        }
        Map<String, String> canonical = new java.util.HashMap<>();
        for (String id : List.copyOf(parent.keySet())) {
            canonical.put(id, root(parent, id));
        }
        canonical.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return canonical;
    }

    private static String root(Map<String, String> parent, String id) {
        String current = id;
        while (parent.containsKey(current) && !parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        parent.putIfAbsent(id, current);
        parent.putIfAbsent(current, current);
        return current;
    }

    /** One record per canonical person: its own name (or a merged record's), and every record's reports. */
    private static List<PersonNetworkProjection.PersonRecord> mergeConfirmed(
            List<PersonNetworkProjection.PersonRecord> persons, Map<String, String> canonical) {
        Map<String, PersonNetworkProjection.PersonRecord> merged = new java.util.TreeMap<>();
        for (PersonNetworkProjection.PersonRecord person : persons) {
            String id = canonical.getOrDefault(person.personId(), person.personId());
            boolean isCanonical = id.equals(person.personId());
            merged.merge(id, new PersonNetworkProjection.PersonRecord(id, person.name(), person.reportIds()),
                    (x, y) -> {
                        java.util.SortedSet<String> reports = new java.util.TreeSet<>(x.reportIds());
                        reports.addAll(y.reportIds());
                        String name = isCanonical && y.name() != null ? y.name() : x.name() != null ? x.name() : y.name();
                        return new PersonNetworkProjection.PersonRecord(id, name, List.copyOf(reports));
                    });
        }
        return List.copyOf(merged.values());
    }

    /** Every report's grading. */
    public List<ReportGrading> reports() {
        return store.read("projection/reports", Map.of(),
                r -> new ReportGrading(r.get("reportId").asString(),
                        r.get("agency").isNull() ? "" : r.get("agency").asString(),
                        Grade.parse(r.get("grade").asString()), HandlingCode.fromCode(r.get("handling").asString())));
    }
}
