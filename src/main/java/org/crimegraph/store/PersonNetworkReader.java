package org.crimegraph.store;

import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.ProjectionFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.crimegraph.graph.EvidenceKind;
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
 * {@code cypher/projection/}, decides as each row arrives whether it stands under the release rule
 * ({@link ClaimedEvidence#under}), and hands what stands to the pure {@link PersonNetworkProjection}.
 *
 * <p>Progress (with a {@link Monitor}): task {@value #TASK} + what is being read, counted in rows as they
 * arrive: {@code "projection read: reports"}, {@code "projection read: persons"}, one task per evidence kind
 * ({@code "projection read: associate"} … in {@link #EVIDENCE_UNIT}, in the order the query returns them),
 * {@code "projection read: phone users"}, {@code "projection read: call"}, {@code "projection read:
 * crossing sightings"}, then {@value #BUILD_TASK} (seconds, while the pure projection builds the graph).
 */
public final class PersonNetworkReader {

    /** The prefix of every task this reader reports. */
    public static final String TASK = "projection read";

    /** The unit of the per-kind evidence tasks. */
    public static final String EVIDENCE_UNIT = "evidence rows";

    /** The task of building the person network from what was read. */
    public static final String BUILD_TASK = "projection: building the person network";

    /** The task reading the rows of evidence {@code kind} (its label, e.g. {@code call}). */
    public static String evidenceTask(String kind) {
        return TASK + ": " + kind;
    }

    /**
     * How many reads of the calls run at once: the machine's processors, at most 4 (the read is most of the
     * projection's time; docs/performance.md, "Projection read").
     */
    static final int READ_PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Two vehicles crossing at one place within this time "crossed together". */
    public static final Duration DEFAULT_CROSSING_WINDOW = Duration.ofMinutes(30);

    private final GraphStore store;
    private final Monitor monitor;

    public PersonNetworkReader(GraphStore store) {
        this(store, Monitor.NONE);
    }

    /** A reader that reports its progress to {@code monitor} (and stops between reads when it is cancelled). */
    public PersonNetworkReader(GraphStore store, Monitor monitor) {
        this.store = store;
        this.monitor = monitor;
    }

    /** The person network under {@code filter}, with the default weights and crossing window. */
    public PersonNetwork read(ProjectionFilter filter) {
        return read(new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS), DEFAULT_CROSSING_WINDOW);
    }

    /**
     * Reads and projects the network. Person records an analyst confirmed as one person
     * ({@code SAME_AS}, see {@code crimegraph resolve}) become one node under the smallest of their ids,
     * with the union of their reports; evidence between them disappears (it would be a self-loop).
     * The evidence streams into the projection as it is read and is not held: at a million persons, ten
     * million calls.
     */
    public PersonNetwork read(PersonNetworkProjection projection, Duration crossingWindow) {
        List<PersonNetworkProjection.Links> links = new ArrayList<>(1);
        stream(projection.filter(), crossingWindow, (persons, reports) -> {
            links.add(projection.links(persons, reports));
            return links.get(0)::add;
        });
        return monitor.during(BUILD_TASK, () -> links.get(0).network());
    }

    /**
     * Reads what the person network under {@code filter}'s report rules rests on, once, for projecting
     * under several time windows ({@link EvidenceSet#project}); {@code filter}'s own window is not applied.
     */
    public EvidenceSet load(ProjectionFilter filter, Duration crossingWindow) {
        List<Evidence> evidence = new ArrayList<>();
        List<EvidenceSet> read = new ArrayList<>(1);
        stream(filter, crossingWindow, (persons, reports) -> {
            read.add(new EvidenceSet(persons, reports, List.of()));
            return evidence::add;
        });
        return new EvidenceSet(read.get(0).persons(), read.get(0).reports(), evidence);
    }

    /**
     * Reads the reports and persons, asks {@code sinkFor} where the evidence goes, then hands it every
     * piece of evidence that stands under {@code filter}'s release rule, as it arrives, with confirmed
     * persons merged ({@link #read}).
     */
    private void stream(ProjectionFilter filter, Duration crossingWindow,
                        BiFunction<List<PersonNetworkProjection.PersonRecord>, List<ReportGrading>, Consumer<Evidence>> sinkFor) {
        Release release = Release.of(filter, reports());
        monitor.check();
        List<PersonNetworkProjection.PersonRecord> persons = persons(release);
        monitor.check();
        Set<String> visible = new HashSet<>();
        persons.stream().filter(p -> release.allowsAny(p.reportIds())).forEach(p -> visible.add(p.personId()));
        Map<String, String> canonical = canonicalIds(visible);
        if (!canonical.isEmpty()) {
            persons = mergeConfirmed(persons, canonical, visible);
        }
        Consumer<Evidence> sink = sinkFor.apply(persons, List.copyOf(release.reports().values()));
        Consumer<ClaimedEvidence> stand = claimed -> {
            ClaimedEvidence.Standing standing = claimed.under(release, crossingWindow);
            if (standing == null) {
                return;
            }
            Evidence e = standing.evidence();
            if (!canonical.isEmpty()) {
                e = new Evidence(canonical.getOrDefault(e.a(), e.a()), canonical.getOrDefault(e.b(), e.b()),
                        e.kind(), e.evidenceId(), e.parts(), e.amount(), e.time());
                if (e.a().equals(e.b())) {
                    return;
                }
            }
            sink.accept(e);
        };
        try (RowProgress byKind = new RowProgress(monitor, TASK + ": evidence", ProgressListener.UNKNOWN,
                EVIDENCE_UNIT)) {
            store.forEach("projection/person-evidence", Map.of(), r -> {
                byKind.row(evidenceTask(r.get("kind").asString()));
                stand.accept(Claims.evidence(r));
            });
            monitor.check();
            calls(byKind, stand);
        }
        monitor.check();
        List<CrossingPairs.Sighting> sightings = new ArrayList<>();
        try (RowProgress rows = new RowProgress(monitor, TASK + ": crossing sightings", ProgressListener.UNKNOWN,
                "rows")) {
            store.forEach("projection/crossing-sightings", Map.of(), r -> {
                rows.row();
                sightings.add(Claims.sighting(r));
            });
        }
        CrossingPairs.of(sightings, crossingWindow).forEach(stand);
        monitor.check();
    }

    /** A person's use of a phone, with the reports asserting it. */
    private record PhoneUser(String personId, List<String> reportIds) {
    }

    /**
     * The call evidence: every call between two used phones, once for each pair of their users (who are
     * two different persons), resting on the caller's use, CALLER, CALLEE and the callee's use, as
     * {@code cypher/projection/calls.cypher} says. The phones' users are read first and held (a million
     * rows at a million persons); the calls stream, read in {@link #READ_PARTS} parts at once, each joined
     * with the users on its own thread; what stands under the release rule is decided on this thread, so
     * the evidence reaches the projection one piece at a time (in no set order: a link's weight, reports and
     * times do not depend on it).
     */
    private void calls(RowProgress byKind, Consumer<ClaimedEvidence> stand) {
        Map<String, List<PhoneUser>> users = new HashMap<>();
        try (RowProgress rows = new RowProgress(monitor, TASK + ": phone users", ProgressListener.UNKNOWN, "rows")) {
            store.forEach("projection/phone-users", Map.of(), r -> {
                rows.row();
                users.computeIfAbsent(r.get("phone").asString(), phone -> new ArrayList<>(1))
                        .add(new PhoneUser(r.get("person").asString(), Claims.strings(r.get("reportIds"))));
            });
        }
        monitor.check();
        String task = evidenceTask(EvidenceKind.CALL.label());
        store.forEachInParts("projection/calls", READ_PARTS, r -> {
            List<PhoneUser> callers = users.get(r.get("caller").asString());
            List<PhoneUser> callees = users.get(r.get("callee").asString());
            if (callers == null || callees == null) {
                return null; // a number nobody is known to use
            }
            String callId = r.get("evidenceId").asString();
            List<String> callerReports = Claims.strings(r.get("callerReports"));
            List<String> calleeReports = Claims.strings(r.get("calleeReports"));
            List<List<Claim>> events = List.of(Claims.of(r.get("claims")));
            List<ClaimedEvidence> evidence = new ArrayList<>(callers.size() * callees.size());
            for (PhoneUser a : callers) {
                for (PhoneUser b : callees) {
                    if (!a.personId().equals(b.personId())) {
                        evidence.add(new ClaimedEvidence(a.personId(), b.personId(), EvidenceKind.CALL, callId,
                                List.of(a.reportIds(), callerReports, calleeReports, b.reportIds()), events));
                    }
                }
            }
            return evidence;
        }, evidence -> {
            for (ClaimedEvidence e : evidence) {
                byKind.row(task);
                stand.accept(e);
            }
        });
    }

    /** Every person, named as {@code release} allows (null if no allowed claim names them), with all asserting reports. */
    List<PersonNetworkProjection.PersonRecord> persons(Release release) {
        try (RowProgress rows = new RowProgress(monitor, TASK + ": persons", ProgressListener.UNKNOWN, "persons")) {
            return store.read("projection/persons", Map.of(), r -> {
                rows.row();
                List<Claim> claims = Claims.of(r.get("claims"));
                return new PersonNetworkProjection.PersonRecord(r.get("personId").asString(),
                        release.text(claims, "name"), Claims.reportIds(claims));
            });
        }
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
        try (RowProgress rows = new RowProgress(monitor, TASK + ": reports", ProgressListener.UNKNOWN, "reports")) {
            return store.read("projection/reports", Map.of(), r -> {
                rows.row();
                return new ReportGrading(r.get("reportId").asString(),
                        r.get("agency").isNull() ? "" : r.get("agency").asString(),
                        Grade.parse(r.get("grade").asString()), HandlingCode.fromCode(r.get("handling").asString()));
            });
        }
    }
}
