package org.crimegraph.store;

import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.ProjectionFilter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.ClaimedEvidence;
import org.crimegraph.graph.CrossingPairs;
import org.crimegraph.graph.Evidence;
import org.crimegraph.graph.EvidenceSet;
import org.crimegraph.graph.Release;
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
        return load(projection.filter(), crossingWindow).project(projection);
    }

    /**
     * Reads what the person network under {@code filter}'s report rules rests on, once, for projecting
     * under several time windows ({@link EvidenceSet#project}); {@code filter}'s own window is not applied.
     */
    public EvidenceSet load(ProjectionFilter filter, Duration crossingWindow) {
        Release release = Release.of(filter, reports());
        List<PersonNetworkProjection.PersonRecord> persons = persons(release);
        List<ClaimedEvidence> claimed = new java.util.ArrayList<>(
                store.read("projection/person-evidence", Map.of(), Claims::evidence));
        claimed.addAll(CrossingPairs.of(store.read("projection/crossing-sightings", Map.of(), Claims::sighting),
                crossingWindow));
        List<Evidence> evidence = claimed.stream()
                .map(e -> e.under(release, crossingWindow))
                .filter(java.util.Objects::nonNull)
                .map(ClaimedEvidence.Standing::evidence)
                .toList();
        Set<String> visible = new HashSet<>();
        persons.stream().filter(p -> release.allowsAny(p.reportIds())).forEach(p -> visible.add(p.personId()));
        Map<String, String> canonical = canonicalIds(visible);
        if (!canonical.isEmpty()) {
            persons = mergeConfirmed(persons, canonical, visible);
            evidence = evidence.stream()
                    .map(e -> new Evidence(canonical.getOrDefault(e.a(), e.a()), canonical.getOrDefault(e.b(), e.b()),
                            e.kind(), e.evidenceId(), e.parts(), e.amount(), e.time()))
                    .filter(e -> !e.a().equals(e.b()))
                    .toList();
        }
        return new EvidenceSet(persons, List.copyOf(release.reports().values()), evidence);
    }

    /** Every person, named as {@code release} allows (null if no allowed claim names them), with all asserting reports. */
    List<PersonNetworkProjection.PersonRecord> persons(Release release) {
        return store.read("projection/persons", Map.of(), r -> {
            List<Claim> claims = Claims.of(r.get("claims"));
            return new PersonNetworkProjection.PersonRecord(r.get("personId").asString(), release.text(claims, "name"),
                    Claims.reportIds(claims));
        });
    }

    /**
     * For each person record in a confirmed group, the group's canonical id; others absent. The canonical
     * id is the smallest id among the group's {@code visible} records (those an allowed report asserts),
     * so a record only withheld reports assert never names the group; a group with no visible record keeps
     * its smallest id (it is not shown anyway).
     */
    Map<String, String> canonicalIds(Set<String> visible) {
        Map<String, String> parent = new java.util.HashMap<>();
        for (String[] pair : store.read("projection/same-as", Map.of(),
                r -> new String[] {r.get("a").asString(), r.get("b").asString()})) {
            String rootA = root(parent, pair[0]);
            String rootB = root(parent, pair[1]);
            if (!rootA.equals(rootB)) {
                parent.put(rootA.compareTo(rootB) < 0 ? rootB : rootA, rootA.compareTo(rootB) < 0 ? rootA : rootB);
            }
        }
        Map<String, java.util.SortedSet<String>> groups = new java.util.HashMap<>();
        for (String id : List.copyOf(parent.keySet())) {
            groups.computeIfAbsent(root(parent, id), k -> new java.util.TreeSet<>()).add(id);
        }
        Map<String, String> canonical = new java.util.HashMap<>();
        for (java.util.SortedSet<String> group : groups.values()) {
            String id = group.stream().filter(visible::contains).findFirst().orElse(group.first());
            group.forEach(member -> canonical.put(member, id));
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

    /**
     * One record per canonical person, with every record's reports. Its name is the canonical record's
     * (as the release names it) or else that of the first other visible record, by id, that has one.
     */
    private static List<PersonNetworkProjection.PersonRecord> mergeConfirmed(
            List<PersonNetworkProjection.PersonRecord> persons, Map<String, String> canonical, Set<String> visible) {
        Map<String, PersonNetworkProjection.PersonRecord> merged = new java.util.TreeMap<>();
        List<PersonNetworkProjection.PersonRecord> ordered = new java.util.ArrayList<>(persons);
        ordered.sort(java.util.Comparator.comparing((PersonNetworkProjection.PersonRecord p) ->
                !canonical.getOrDefault(p.personId(), p.personId()).equals(p.personId()))
                .thenComparing(PersonNetworkProjection.PersonRecord::personId));
        for (PersonNetworkProjection.PersonRecord person : ordered) {
            String id = canonical.getOrDefault(person.personId(), person.personId());
            String name = visible.contains(person.personId()) ? person.name() : null;
            merged.merge(id, new PersonNetworkProjection.PersonRecord(id, name, person.reportIds()),
                    (x, y) -> {
                        java.util.SortedSet<String> reports = new java.util.TreeSet<>(x.reportIds());
                        reports.addAll(y.reportIds());
                        return new PersonNetworkProjection.PersonRecord(id, x.name() != null ? x.name() : y.name(),
                                List.copyOf(reports));
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
