package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.GraphMlWriter;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.BidirectionalSearch;
import org.crimegraph.graph.PathLength;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.paths.PersonPath;
import org.crimegraph.paths.PersonPaths;
import org.crimegraph.paths.TimeRespectingPaths;
import org.crimegraph.paths.TimedHop;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.query.MultiModePathReader;
import org.crimegraph.store.query.NetworkReading;
import org.crimegraph.store.query.PersonEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph path A B}: how two persons are linked, hop by hop, with the evidence and the reports
 * behind every hop. See docs/queries.md for the search used by each option.
 */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Shortest path(s) between two persons in the person network, with the evidence and reports behind each hop.",
                "A and B: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if one is unknown or ambiguous."})
final class PathCommand implements Callable<Integer>, StoreQuery {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Mixin
    QueryOptions query;

    @Parameters(index = "0", paramLabel = "A", description = "From.")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "To.")
    String to;

    @Option(names = "--full", description = "Through the multi-mode graph (person-phone-call-phone-person, "
            + "person-account-transaction-account-person, vehicles, addresses, routes, meetings), with Neo4j's shortestPath; "
            + "at most 4 x --max-hops relationships (24 at most); names who uses, holds or drives each phone, account and "
            + "vehicle on it.")
    boolean full;

    @Option(names = "--weighted", description = "Measure paths by evidence strength: each link counts 1/weight (strong tie = short).")
    boolean weighted;

    @Option(names = "--k", defaultValue = "1", paramLabel = "N",
            description = "Up to N loopless shortest paths (Yen), or with --disjoint up to N node-disjoint paths (default: 1, or 10 with --disjoint).")
    int k;

    @Option(names = "--disjoint", description = "Node-disjoint alternatives (Suurballe): how redundant is the link?")
    boolean disjoint;

    @Option(names = "--max-hops", defaultValue = "6", paramLabel = "N", description = "Longest path considered, in links (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Option(names = "--in-time-order", description = "Only time-respecting paths: each contact (call, transfer, meeting, crossing) no earlier than the one before.")
    boolean inTimeOrder;

    @Option(names = "--max-gap", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --in-time-order: at most this long between consecutive contacts (e.g. 48h, 7d, PT36H).")
    Duration maxGap;

    @Option(names = "--evidence", defaultValue = "8", paramLabel = "N", description = "Evidence lines shown per hop (default: ${DEFAULT-VALUE}).")
    int evidencePerHop;

    /** One path found, with the evidence of each hop. */
    record Found(PersonPath path, List<LinkReport.Link> links) {
    }

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        if (maxHops < 1) {
            throw new IllegalArgumentException("--max-hops must be at least 1");
        }
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1");
        }
        if (maxGap != null && !inTimeOrder) {
            throw new IllegalArgumentException("--max-gap needs --in-time-order");
        }
        if (full && (disjoint || k > 1 || weighted || inTimeOrder)) {
            throw new IllegalArgumentException("--full finds one multi-mode path: it does not combine with --k, --disjoint, --weighted or --in-time-order");
        }
        if (inTimeOrder && (disjoint || k > 1 || weighted)) {
            throw new IllegalArgumentException("--in-time-order finds one journey: it does not combine with --k, --disjoint or --weighted");
        }
        QueryContext context = new QueryContext(store, release.reportsOnly("path"), query.defaultRegion);
        PersonEntry a;
        PersonEntry b;
        try {
            a = context.resolver.resolve(from);
            b = context.resolver.resolve(to);
        } catch (EntityResolver.UnresolvedReference unresolved) {
            LinkReport.printCandidates(unresolved, out, err);
            return ExitCodes.BAD_INPUT;
        }
        if (full) {
            return fullPath(context, a, b, out);
        }
        PathLength distance = weighted ? PathLength.INVERSE_WEIGHT : PathLength.HOPS;
        NetworkReading reading = context.reading(e -> true);
        List<Found> found = new ArrayList<>();
        String search;
        PersonNetwork network;
        boolean plain = !weighted && k == 1 && !disjoint && !inTimeOrder;
        if (plain) {
            Optional<List<String>> path = new BidirectionalSearch(reading).shortest(a.personId(), b.personId(), maxHops);
            LocalNetwork local = reading.local();
            network = local.project(context.projection, context.reports);
            path.ifPresent(p -> found.add(found(new PersonPath(p, p.size() - 1), local, context)));
            search = "fewest hops, bidirectional breadth-first search reading the store around both ends";
        } else {
            LocalNetwork local = reading.around(List.of(a.personId()), maxHops, query.maxPersons);
            network = local.project(context.projection, context.reports);
            if (inTimeOrder) {
                TimeRespectingPaths journeys = new TimeRespectingPaths(local.contacts(network, context.release));
                journeys.journey(a.personId(), b.personId(), maxHops, maxGap).ifPresent(hops -> {
                    List<String> persons = new ArrayList<>();
                    persons.add(a.personId());
                    List<LinkReport.Link> links = new ArrayList<>();
                    for (TimedHop hop : hops) {
                        persons.add(hop.to());
                        List<HopEvidence> used = local.between(hop.from(), hop.to(), context.release).stream()
                                .filter(e -> e.kind().equals(hop.kind()) && e.evidenceId().equals(hop.evidenceId()))
                                .toList();
                        links.add(new LinkReport.Link(hop.from(), hop.to(), used));
                    }
                    found.add(new Found(new PersonPath(persons, hops.size()), links));
                });
                search = "time-respecting (each contact no earlier than the one before"
                        + (maxGap == null ? "" : ", at most " + maxGap + " apart")
                        + "), fewest hops then earliest arrival; only dated evidence (calls, transfers, meetings, crossings)";
            } else {
                PersonPaths paths = new PersonPaths(network.graph(), distance);
                List<PersonPath> list;
                if (disjoint) {
                    int wanted = spec.commandLine().getParseResult().hasMatchedOption("--k") ? k : 10;
                    list = paths.disjoint(a.personId(), b.personId(), wanted);
                    search = "node-disjoint paths with least total length (Suurballe), up to " + wanted;
                } else if (k > 1) {
                    list = paths.kShortest(a.personId(), b.personId(), k, maxHops);
                    search = "loopless k shortest paths (Yen), k = " + k;
                } else {
                    list = paths.shortest(a.personId(), b.personId(), maxHops).map(List::of).orElse(List.of());
                    search = "shortest path (Dijkstra/Yen)";
                }
                for (PersonPath p : list) {
                    found.add(found(p, local, context));
                }
            }
            search += "; person network read within " + maxHops + " hops of " + a.personId() + " ("
                    + network.graph().vertexSet().size() + " persons)";
        }
        print(context, a, b, found, distance, search, network, out);
        writeGraphMl(network, found, a, b);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", a.personId());
        parameters.put("to", b.personId());
        parameters.put("search", search);
        parameters.put("paths", found.stream().map(f -> String.join(">", f.path().persons())).toList());
        auditOptions.record(storeOptions, store, AuditEvent.of("path").with(parameters).release(context.filter.describe()));
        return ExitCodes.OK;
    }

    /** The nodes of a multi-mode path whose holders {@code --full} names. */
    private static final Set<String> HOLDINGS = Set.of("Phone", "Account", "Vehicle");

    /** How {@code --full} words a holding. */
    private static final Map<String, String> HOLDER_WORDS = Map.of("USES", "used by", "HOLDS", "held by",
            "DRIVES", "driven by", "KEEPER_OF", "kept by");

    /**
     * {@code --full}: the multi-mode path, node by node, with the reports behind each relationship, and under
     * each phone, account and vehicle the persons who hold it (as allowed reports assert it).
     */
    private int fullPath(QueryContext context, PersonEntry a, PersonEntry b, PrintWriter out) {
        int limit = Math.min(24, 4 * maxHops);
        Optional<MultiModePathReader.MultiModePath> path = a.personId().equals(b.personId()) ? Optional.empty()
                : new MultiModePathReader(context.store, context.release).shortest(a.personId(), b.personId());
        String note = null;
        if (path.isPresent() && path.get().hops().size() > limit) {
            note = "the shortest multi-mode path has " + path.get().hops().size() + " relationships, more than " + limit;
            path = Optional.empty();
        }
        if (path.isPresent()) {
            List<String> persons = path.get().nodes().stream().filter(n -> n.label().equals("Person"))
                    .map(MultiModePathReader.Node::key).toList();
            List<PersonEntry> entries = context.lookup.persons(persons);
            if (entries.size() != persons.stream().distinct().count()
                    || !entries.stream().allMatch(p -> context.release.allowsAny(p.reportIds()))) {
                note = "the shortest multi-mode path runs through a person not known from any report allowed here";
                path = Optional.empty();
            }
        }
        String search = "Neo4j shortestPath through the multi-mode graph, every relationship asserted by an allowed report, "
                + "at most " + limit + " relationships";
        LinkReport report = new LinkReport(id -> id, context.reportsById::get, 0);
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkReport.JSON.createObjectNode();
            root.put("from", a.personId());
            root.put("to", b.personId());
            root.put("evidence", context.filter.describe());
            root.put("search", search);
            if (note != null) {
                root.put("note", note);
            }
            ArrayNode nodes = root.putArray("nodes");
            ArrayNode steps = root.putArray("steps");
            path.ifPresent(p -> {
                p.nodes().forEach(n -> {
                    ObjectNode node = nodes.addObject().put("label", n.label()).put("key", n.key())
                            .put("name", n.name()).put("at", n.at());
                    if (HOLDINGS.contains(n.label())) {
                        ArrayNode holders = node.putArray("holders");
                        for (MultiModePathReader.Holder h : n.holders()) {
                            ObjectNode holder = holders.addObject().put("personId", h.personId()).put("name", h.name())
                                    .put("relationship", h.relationship());
                            ArrayNode ids = holder.putArray("reports");
                            h.reportIds().forEach(ids::add);
                            report.cite(h.reportIds());
                        }
                    }
                });
                p.hops().forEach(s -> {
                    ObjectNode step = steps.addObject().put("type", s.type());
                    ArrayNode ids = step.putArray("reports");
                    s.reportIds().forEach(ids::add);
                    report.cite(s.reportIds());
                });
            });
            root.set("reports", report.jsonCitedReports());
            LinkReport.printJson(root, out);
        } else {
            out.printf(Locale.ROOT, "From %s %s to %s %s through the multi-mode graph: %s%n", a.personId(), a.displayName(),
                    b.personId(), b.displayName(), path.map(p -> p.hops().size() + " relationships").orElse("no path"
                            + (note == null ? "" : " (" + note + ")")));
            out.printf(Locale.ROOT, "Search: %s. Evidence used: %s.%n", search, context.filter.describe());
            path.ifPresent(p -> {
                out.println();
                for (int i = 0; i < p.nodes().size(); i++) {
                    MultiModePathReader.Node n = p.nodes().get(i);
                    out.printf(Locale.ROOT, "  %-12s %-30s %s%n", n.label(), org.crimegraph.text.SafeText.clip(n.key()
                            + (n.name().isEmpty() || n.name().equals(n.key()) ? "" : " " + n.name()), 30), n.at() == null ? "" : n.at());
                    if (HOLDINGS.contains(n.label())) {
                        if (n.holders().isEmpty()) {
                            out.printf(Locale.ROOT, "  %-12s holder: none known from the reports allowed here%n", "");
                        }
                        for (MultiModePathReader.Holder h : n.holders()) {
                            out.printf(Locale.ROOT, "  %-12s %s %s%s [%s]%n", "", HOLDER_WORDS.get(h.relationship()),
                                    h.personId(), h.name() == null ? "" : " " + h.name(), String.join(", ", h.reportIds()));
                            report.cite(h.reportIds());
                        }
                    }
                    if (i < p.hops().size()) {
                        MultiModePathReader.Hop s = p.hops().get(i);
                        out.printf(Locale.ROOT, "     | %-14s %s%n", s.type(), String.join(", ", s.reportIds()));
                        report.cite(s.reportIds());
                    }
                }
            });
            report.printCitedReports(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Found found(PersonPath path, LocalNetwork local, QueryContext context) {
        List<LinkReport.Link> links = new ArrayList<>();
        for (int i = 0; i < path.hops(); i++) {
            String u = path.persons().get(i);
            String v = path.persons().get(i + 1);
            links.add(new LinkReport.Link(u, v, local.between(u, v, context.release)));
        }
        return new Found(path, links);
    }

    private void print(QueryContext context, PersonEntry a, PersonEntry b, List<Found> found, PathLength distance,
                       String search, PersonNetwork network, PrintWriter out) {
        LinkReport report = new LinkReport(network::name, context.reportsById::get, evidencePerHop);
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkReport.JSON.createObjectNode();
            root.set("from", report.jsonPerson(a.personId()));
            root.set("to", report.jsonPerson(b.personId()));
            root.put("evidence", context.filter.describe());
            root.put("distance", distance.queryDescription());
            root.put("search", search);
            root.put("maxHops", maxHops);
            ArrayNode paths = root.putArray("paths");
            for (Found f : found) {
                ObjectNode node = paths.addObject();
                node.put("hops", f.path().hops());
                node.put("length", f.path().length());
                ArrayNode persons = node.putArray("persons");
                f.path().persons().forEach(id -> persons.add(report.jsonPerson(id)));
                ArrayNode links = node.putArray("links");
                f.links().forEach(l -> links.add(report.json(l)));
            }
            root.set("reports", report.jsonCitedReports());
            LinkReport.printJson(root, out);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "From %s to %s: %s%n", report.person(a.personId()), report.person(b.personId()),
                found.isEmpty() ? "no path within " + maxHops + " hops" : found.size() + " path(s)");
        out.printf(Locale.ROOT, "Search: %s.%n", search);
        out.printf(Locale.ROOT, "Path length: %s. Evidence used: %s.%n", distance.queryDescription(), context.filter.describe());
        int n = 0;
        for (Found f : found) {
            out.println();
            out.printf(Locale.ROOT, "Path %d: %d hop(s), length %.3f: %s%n", ++n, f.path().hops(), f.path().length(),
                    String.join(" > ", f.path().persons()));
            int hop = 0;
            for (LinkReport.Link link : f.links()) {
                report.printLink(link, String.format(Locale.ROOT, "  %d. ", ++hop), out);
            }
        }
        report.printCitedReports(out);
        out.flush();
    }

    private void writeGraphMl(PersonNetwork network, List<Found> found, PersonEntry a, PersonEntry b) {
        if (query.graphml == null) {
            return;
        }
        Set<String> persons = new LinkedHashSet<>(List.of(a.personId(), b.personId()));
        Set<PersonLink> links = new LinkedHashSet<>();
        for (Found f : found) {
            persons.addAll(f.path().persons());
            for (int i = 0; i < f.path().hops(); i++) {
                network.link(f.path().persons().get(i), f.path().persons().get(i + 1)).ifPresent(links::add);
            }
        }
        persons.retainAll(network.graph().vertexSet());
        try {
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put(a.personId(), "start");
            roles.put(b.personId(), "end");
            new GraphMlWriter().write(network, persons, links, roles, query.graphml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + query.graphml + ": " + e.getMessage(), e);
        }
    }
}
