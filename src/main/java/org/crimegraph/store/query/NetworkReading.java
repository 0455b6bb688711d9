package org.crimegraph.store.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.paths.BidirectionalSearch;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;

/**
 * Reads the person network around some persons, level by level, instead of projecting the whole store:
 * each level reads the evidence of the frontier with the persons it reaches, in one query
 * ({@link EvidenceReader}), and projects them with the caller's {@link PersonNetworkProjection}, so
 * only links and persons that stand under the release filter are followed. Everything read is kept in a
 * {@link LocalNetwork} for the pure path algorithms. One reading serves one query.
 */
public final class NetworkReading implements BidirectionalSearch.Adjacency {

    /** Thrown when a reading would hold more persons than allowed. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    private final EntityLookup lookup;
    private final EvidenceReader evidence;
    private final PersonNetworkProjection projection;
    private final List<ReportGrading> reports;
    private final Predicate<DatedEvidence> keep;
    private final LocalNetwork local = new LocalNetwork();
    private int queries;

    /**
     * @param keep which evidence to follow besides the release filter (e.g. only some kinds, only a period)
     */
    public NetworkReading(GraphStore store, PersonNetworkProjection projection, List<ReportGrading> reports,
                          Duration crossingWindow, Predicate<DatedEvidence> keep) {
        org.crimegraph.graph.Release release = org.crimegraph.graph.Release.of(projection.filter(), reports);
        this.lookup = new EntityLookup(store, release);
        this.evidence = new EvidenceReader(store, release, crossingWindow);
        this.projection = projection;
        this.reports = List.copyOf(reports);
        this.keep = keep;
    }

    /** Everything read so far. */
    public LocalNetwork local() {
        return local;
    }

    /** Number of store round trips so far. */
    public int queries() {
        return queries;
    }

    @Override
    public Map<String, Set<String>> neighbours(Set<String> frontier) {
        ensurePersons(frontier);
        List<DatedEvidence> rows = new ArrayList<>();
        for (EvidenceReader.Row row : evidence.of(frontier)) {
            local.addPersons(List.of(row.other()));
            if (keep.test(row.evidence())) {
                rows.add(row.evidence());
            }
        }
        queries++;
        Set<String> reached = new LinkedHashSet<>(frontier);
        rows.forEach(r -> reached.add(r.evidence().b()));
        ensurePersons(reached);
        local.addEvidence(rows);
        LocalNetwork level = new LocalNetwork();
        reached.forEach(id -> {
            var record = local.persons().get(id);
            if (record != null) {
                level.addPersons(List.of(record));
            }
        });
        level.addEvidence(rows);
        PersonNetwork network = level.project(projection, reports);
        Map<String, Set<String>> result = new HashMap<>();
        for (PersonLink link : network.links()) {
            if (frontier.contains(link.source())) {
                result.computeIfAbsent(link.source(), k -> new TreeSet<>()).add(link.target());
            }
            if (frontier.contains(link.target())) {
                result.computeIfAbsent(link.target(), k -> new TreeSet<>()).add(link.source());
            }
        }
        return result;
    }

    /**
     * Reads every person within {@code hops} links of {@code start} (under the filter) and the evidence
     * among them, stopping with {@link TooLargeException} past {@code maxPersons}.
     */
    public LocalNetwork around(Collection<String> start, int hops, int maxPersons) {
        Set<String> seen = new LinkedHashSet<>(start);
        start.forEach(id -> local.reached(id, 0));
        Set<String> frontier = new TreeSet<>(start);
        for (int level = 1; level <= hops && !frontier.isEmpty(); level++) {
            Map<String, Set<String>> next = neighbours(frontier);
            Set<String> fresh = new TreeSet<>();
            next.values().forEach(ns -> ns.forEach(v -> {
                if (seen.add(v)) {
                    fresh.add(v);
                }
            }));
            for (String v : fresh) {
                local.reached(v, level);
            }
            if (seen.size() > maxPersons) {
                throw new TooLargeException(seen.size() + " persons within " + level + " hops, more than the limit of "
                        + maxPersons + "; lower --max-hops or raise --max-persons");
            }
            frontier = fresh;
        }
        // the evidence among the outermost persons (each other and the inner persons) is read too
        if (!frontier.isEmpty()) {
            ensurePersons(frontier);
            List<DatedEvidence> rows = new ArrayList<>();
            for (EvidenceReader.Row row : evidence.of(frontier)) {
                if (keep.test(row.evidence()) && seen.contains(row.evidence().evidence().b())) {
                    rows.add(row.evidence());
                }
            }
            queries++;
            local.addEvidence(rows);
        }
        return local;
    }

    private void ensurePersons(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !local.persons().containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            local.addPersons(lookup.persons(missing).stream().map(PersonEntry::toRecord).toList());
            queries++;
        }
    }
}
