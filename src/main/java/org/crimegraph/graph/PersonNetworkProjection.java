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
        Links links = links(persons, reports);
        evidence.forEach(links::add);
        return links.network();
    }

    /**
     * The links of the network, built one piece of evidence at a time ({@link Links#add}), so a reader can
     * stream ten million calls into it without holding them ({@link #project} is the same over a collection).
     */
    public Links links(Collection<PersonRecord> persons, Collection<ReportGrading> reports) {
        return new Links(persons, reports);
    }

    /**
     * The person network being built: per pair of persons, per evidence kind, the distinct pieces of
     * evidence, the allowed reports behind them, the money moved and the first and last date. Adding the
     * same evidence twice counts it once. Not thread-safe.
     */
    public final class Links {

        private final Release release;
        private final Map<String, String> names = new LinkedHashMap<>();
        /** Person id to its place in id order, so a pair is one long and pairs sort as (a, b) ids do. */
        private final Map<String, Integer> index = new HashMap<>();
        private final String[] ids;
        private final Map<Long, Pair> pairs = new HashMap<>();

        private Links(Collection<PersonRecord> persons, Collection<ReportGrading> reports) {
            release = Release.of(filter, reports);
            for (PersonRecord person : persons) {
                if (release.allowsAny(person.reportIds())) {
                    names.put(person.personId(), person.name() == null ? person.personId() : person.name());
                }
            }
            ids = names.keySet().toArray(new String[0]);
            java.util.Arrays.sort(ids);
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
        }

        /** Adds one piece of evidence; evidence outside the filter's window, or that does not stand, is ignored. */
        public void add(Evidence item) {
            Integer a = index.get(item.a());
            Integer b = index.get(item.b());
            if (a == null || b == null || a.equals(b) || !filter.inWindow(item.time())) {
                return;
            }
            SortedSet<String> allowed = release.allowedReports(item.parts());
            if (allowed == null) {
                return;
            }
            long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
            pairs.computeIfAbsent(key, k -> new Pair()).add(item, allowed);
        }

        /** The network of what was added: links in (a, b) id order. */
        public PersonNetwork network() {
            long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            List<PersonLink> links = new ArrayList<>(keys.length);
            for (long key : keys) {
                // removed as it becomes a link: the pairs' evidence ids and the links are not held together
                links.add(pairs.remove(key).link(ids[(int) (key >>> 32)], ids[(int) key]));
            }
            return PersonNetwork.of(names, links);
        }

        /** What links one pair of persons. */
        private final class Pair {
            private final EvidenceIds[] byKind = new EvidenceIds[EvidenceKind.values().length];
            private double[] amounts;
            private final SortedSet<String> reportIds = new TreeSet<>();
            private java.time.Instant first;
            private java.time.Instant last;

            void add(Evidence item, SortedSet<String> allowed) {
                int kind = item.kind().ordinal();
                if (byKind[kind] == null) {
                    byKind[kind] = new EvidenceIds();
                }
                boolean firstSighting = byKind[kind].add(item.evidenceId());
                if (item.time() != null) {
                    first = first == null || item.time().isBefore(first) ? item.time() : first;
                    last = last == null || item.time().isAfter(last) ? item.time() : last;
                }
                reportIds.addAll(allowed);
                if (firstSighting && item.amount() > 0) {
                    if (amounts == null) {
                        amounts = new double[byKind.length];
                    }
                    amounts[kind] += item.amount();
                }
            }

            PersonLink link(String a, String b) {
                double weight = 0;
                SortedSet<String> kindLabels = new TreeSet<>();
                for (EvidenceKind kind : EvidenceKind.values()) {
                    if (byKind[kind.ordinal()] != null) {
                        double amount = amounts == null ? 0.0 : amounts[kind.ordinal()];
                        weight += weights.weight(kind, byKind[kind.ordinal()].ids(), amount);
                        kindLabels.add(kind.label());
                    }
                }
                Grade weakest = null;
                HandlingCode handling = HandlingCode.P;
                for (String reportId : reportIds) {
                    ReportGrading report = release.report(reportId);
                    weakest = weakest == null ? report.grade() : weakest.weakest(report.grade());
                    handling = HandlingCode.mostRestrictive(handling, report.handling());
                }
                return new PersonLink(a, b, weight, kindLabels, reportIds, weakest, handling, first, last);
            }
        }
    }

    /**
     * The distinct evidence ids of one kind between one pair: a short array while
     * few (most pairs have one to three calls), a hash set beyond.
     */
    private static final class EvidenceIds {
        private static final int SMALL = 16;
        private String[] small = new String[2];
        private int size;
        private java.util.Set<String> large;

        /** Adds {@code id}; true if it was not there. */
        boolean add(String id) {
            if (large != null) {
                return large.add(id);
            }
            for (int i = 0; i < size; i++) {
                if (small[i].equals(id)) {
                    return false;
                }
            }
            if (size == SMALL) {
                large = new java.util.LinkedHashSet<>(java.util.Arrays.asList(small));
                small = null;
                return large.add(id);
            }
            if (size == small.length) {
                small = java.util.Arrays.copyOf(small, SMALL);
            }
            small[size++] = id;
            return true;
        }

        /** The ids in id order (a kind's weight may sum per id: the order of a floating-point sum is fixed). */
        java.util.Collection<String> ids() {
            List<String> ids = new ArrayList<>(large != null ? large : java.util.Arrays.asList(small).subList(0, size));
            java.util.Collections.sort(ids);
            return ids;
        }
    }
}
