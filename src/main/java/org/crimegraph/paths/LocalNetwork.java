package org.crimegraph.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.crimegraph.graph.Evidence;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.PersonNetworkProjection.PersonRecord;

/**
 * A piece of the multi-mode graph read around some persons: the persons met (with the reports that
 * assert them), their distance in hops from where the reading started, and every piece of dated
 * evidence among them. It is projected with the same {@link PersonNetworkProjection} as the whole
 * network, so a path found here obeys the same release filter and weights as {@code score}.
 * Pure data; the store fills it.
 */
public final class LocalNetwork {

    private final Map<String, PersonRecord> persons = new LinkedHashMap<>();
    private final Map<String, Integer> depth = new LinkedHashMap<>();
    private final Map<String, DatedEvidence> evidence = new LinkedHashMap<>();
    private final Map<String, List<DatedEvidence>> byPair = new java.util.HashMap<>();

    /** Adds persons (a person added twice keeps the first record). */
    public void addPersons(Collection<PersonRecord> records) {
        records.forEach(r -> persons.putIfAbsent(r.personId(), r));
    }

    /** Records that a person was reached after {@code hops} links (the first, smallest value stays). */
    public void reached(String personId, int hops) {
        depth.putIfAbsent(personId, hops);
    }

    /** Adds evidence; the same piece read from both ends is kept once. */
    public void addEvidence(Collection<DatedEvidence> items) {
        for (DatedEvidence item : items) {
            Evidence e = item.evidence();
            String pair = e.a().compareTo(e.b()) < 0 ? e.a() + '\u0000' + e.b() : e.b() + '\u0000' + e.a();
            if (evidence.putIfAbsent(pair + '\u0000' + e.kind() + '\u0000' + e.evidenceId(), item) == null) {
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(item);
            }
        }
    }

    /** The persons read, by id. */
    public Map<String, PersonRecord> persons() {
        return persons;
    }

    /** Hops from the start of the reading, for persons reached by it. */
    public Map<String, Integer> depth() {
        return depth;
    }

    /** All evidence read. */
    public Collection<DatedEvidence> evidence() {
        return evidence.values();
    }

    /** The person network of this piece, under the projection's filter and weights. */
    public PersonNetwork project(PersonNetworkProjection projection, Collection<org.crimegraph.graph.ReportGrading> reports) {
        return projection.project(persons.values(), reports,
                evidence.values().stream().map(DatedEvidence::evidence).toList());
    }

    /** The evidence between two persons that stands under the filter, oldest first, undated last. */
    public List<HopEvidence> between(String a, String b, org.crimegraph.graph.Release filter) {
        List<HopEvidence> result = new ArrayList<>();
        String pair = a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
        for (DatedEvidence item : byPair.getOrDefault(pair, List.of())) {
            Evidence e = item.evidence();
            SortedSet<String> reports = filter.allowedReports(e.parts());
            if (reports != null) {
                result.add(new HopEvidence(e.kind().label(), e.evidenceId(), item.at(), reports));
            }
        }
        result.sort(Comparator.comparing(HopEvidence::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(HopEvidence::kind).thenComparing(HopEvidence::evidenceId));
        return result;
    }

    /**
     * The dated contacts among the persons of {@code network} that stand under the filter (undated
     * evidence is left out), for {@link TimeRespectingPaths}.
     */
    public List<TimedHop> contacts(PersonNetwork network, org.crimegraph.graph.Release filter) {
        Set<String> allowedPersons = network.graph().vertexSet();
        Set<TimedHop> contacts = new LinkedHashSet<>();
        for (DatedEvidence item : evidence.values()) {
            Evidence e = item.evidence();
            if (item.dated() && allowedPersons.contains(e.a()) && allowedPersons.contains(e.b())
                    && filter.allowedReports(e.parts()) != null) {
                String lo = e.a().compareTo(e.b()) < 0 ? e.a() : e.b();
                String hi = lo.equals(e.a()) ? e.b() : e.a();
                contacts.add(new TimedHop(lo, hi, item.at(), e.kind().label(), e.evidenceId()));
            }
        }
        return new ArrayList<>(contacts);
    }

    /** Evidence grouped by kind label, for summaries. */
    public Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        evidence.values().forEach(item -> counts.merge(item.evidence().kind().label(), 1, Integer::sum));
        return counts;
    }
}
