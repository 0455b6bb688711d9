package org.crimegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * Turns evidence rows from the store into the weighted person network (docs/design.md §3). Pure: no store,
 * no I/O. Only reports the {@link Release} built from the {@link ProjectionFilter} allows count: a piece of evidence stands only if
 * each fact it rests on is asserted by at least one allowed report, and a person appears only if an
 * allowed report mentions them. Each link keeps its kinds, the allowed reports behind it, the weakest
 * grade among them and the most restrictive handling code.
 */
public final class PersonNetworkProjection {

    private final ProjectionFilter filter;
    private final ProjectionWeights weights;

    public PersonNetworkProjection(ProjectionFilter filter, ProjectionWeights weights) {
        this.filter = filter;
        this.weights = weights;
    }

    /** The filter this projection applies. */
    public ProjectionFilter filter() {
        return filter;
    }

    /** A person as the store knows them: id, display name, reports that mention them. */
    public record PersonRecord(String personId, String name, List<String> reportIds) {
    }

    /** Builds the network. */
    public PersonNetwork project(Collection<PersonRecord> persons, Collection<ReportGrading> reports,
                                 Collection<Evidence> evidence) {
        Release release = Release.of(filter, reports);

        Map<String, String> names = new LinkedHashMap<>();
        for (PersonRecord person : persons) {
            if (release.allowsAny(person.reportIds())) {
                names.put(person.personId(), person.name() == null ? person.personId() : person.name());
            }
        }

        // pair -> kind -> evidenceId -> allowed reports (evidence with an unsupported part is dropped)
        Map<String, Map<EvidenceKind, Map<String, SortedSet<String>>>> pairs = new TreeMap<>();
        Map<String, Map<EvidenceKind, Double>> amounts = new HashMap<>();
        Map<String, java.time.Instant[]> seen = new HashMap<>(); // pair -> {first, last} of dated evidence
        for (Evidence item : evidence) {
            if (!names.containsKey(item.a()) || !names.containsKey(item.b()) || item.a().equals(item.b())
                    || !filter.inWindow(item.time())) {
                continue;
            }
            SortedSet<String> allowed = release.allowedReports(item.parts());
            if (allowed == null) {
                continue;
            }
            String pair = item.a().compareTo(item.b()) < 0 ? item.a() + '\u0000' + item.b() : item.b() + '\u0000' + item.a();
            Map<String, SortedSet<String>> ofKind = pairs.computeIfAbsent(pair, p -> new EnumMap<>(EvidenceKind.class))
                    .computeIfAbsent(item.kind(), k -> new TreeMap<>());
            boolean firstSighting = !ofKind.containsKey(item.evidenceId());
            if (item.time() != null) {
                java.time.Instant[] span = seen.computeIfAbsent(pair, p -> new java.time.Instant[] {item.time(), item.time()});
                span[0] = item.time().isBefore(span[0]) ? item.time() : span[0];
                span[1] = item.time().isAfter(span[1]) ? item.time() : span[1];
            }
            ofKind.computeIfAbsent(item.evidenceId(), e -> new TreeSet<>()).addAll(allowed);
            if (firstSighting && item.amount() > 0) {
                amounts.computeIfAbsent(pair, p -> new EnumMap<>(EvidenceKind.class)).merge(item.kind(), item.amount(), Double::sum);
            }
        }

        List<PersonLink> links = new ArrayList<>();
        pairs.forEach((pair, kinds) -> {
            String[] ends = pair.split("\u0000");
            double weight = 0;
            SortedSet<String> kindLabels = new TreeSet<>();
            SortedSet<String> reportIds = new TreeSet<>();
            for (Map.Entry<EvidenceKind, Map<String, SortedSet<String>>> entry : kinds.entrySet()) {
                double amount = amounts.getOrDefault(pair, Map.of()).getOrDefault(entry.getKey(), 0.0);
                weight += weights.weight(entry.getKey(), entry.getValue().keySet(), amount);
                kindLabels.add(entry.getKey().label());
                entry.getValue().values().forEach(reportIds::addAll);
            }
            Grade weakest = null;
            HandlingCode handling = HandlingCode.P;
            for (String reportId : reportIds) {
                ReportGrading report = release.report(reportId);
                weakest = weakest == null ? report.grade() : weakest.weakest(report.grade());
                handling = HandlingCode.mostRestrictive(handling, report.handling());
            }
            java.time.Instant[] span = seen.getOrDefault(pair, new java.time.Instant[2]);
            links.add(new PersonLink(ends[0], ends[1], weight, kindLabels, reportIds, weakest, handling, span[0], span[1]));
        });
        return PersonNetwork.of(names, links);
    }
}
