package org.crimegraph.cli;

import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.crimegraph.export.GraphMlWriter;
import org.crimegraph.graph.EvidenceKind;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.query.PersonEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph neighbours X}: who surrounds a person, within N hops, with the evidence of each link. */
@Command(name = "neighbours", aliases = "neighbors", mixinStandardHelpOptions = true,
        description = {"The persons within N hops of a person in the person network, each with how they are linked.",
                "X: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if unknown, 6 if ambiguous."})
final class NeighboursCommand implements Callable<Integer>, StoreQuery {

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

    @Parameters(index = "0", paramLabel = "X", description = "The person.")
    String reference;

    @Option(names = "--hops", defaultValue = "1", paramLabel = "N", description = "How far (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Only these evidence kinds: associate, call, transaction, shared_phone, shared_account, "
                    + "shared_vehicle, shared_address, route, meeting, crossing.")
    List<String> kinds;

    @Option(names = "--evidence", defaultValue = "3", paramLabel = "N", description = "Evidence lines shown per link (default: ${DEFAULT-VALUE}).")
    int evidencePerLink;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        if (hops < 1) {
            throw new IllegalArgumentException("--hops must be at least 1");
        }
        Predicate<DatedEvidence> keep = keep();
        QueryScope context = new QueryScope(store, release.filter(), query.defaultRegion);
        PersonEntry x;
        try {
            x = context.resolver().resolve(reference);
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        LocalNetwork local = context.reading(keep).around(List.of(x.personId()), hops, query.maxPersons);
        PersonNetwork network = local.project(context.projection(), context.reports());
        Map<String, Integer> depth = local.depth();
        List<String> persons = new ArrayList<>(network.graph().vertexSet());
        persons.removeIf(p -> !depth.containsKey(p) || p.equals(x.personId()));
        persons.sort(Comparator.comparing((String p) -> depth.get(p)).thenComparing(p -> p));
        // links that lead inwards (to a person one hop closer), which is how each person is reached
        List<PersonLink> inward = new ArrayList<>();
        for (PersonLink link : network.links()) {
            Integer ds = depth.get(link.source());
            Integer dt = depth.get(link.target());
            if (ds != null && dt != null && Math.abs(ds - dt) == 1) {
                inward.add(link);
            }
        }
        inward.sort(Comparator.comparing((PersonLink l) -> Math.max(depth.get(l.source()), depth.get(l.target())))
                .thenComparing(l -> far(l, depth)).thenComparing(l -> near(l, depth)));
        LinkExplanation explain = new LinkExplanation(network::name, context::report, evidencePerLink);
        String scope = describe();
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkExplanation.JSON.createObjectNode();
            root.set("person", explain.jsonPerson(x.personId()));
            root.put("hops", hops);
            root.put("scope", scope);
            root.put("evidence", context.filter().describe());
            ArrayNode array = root.putArray("neighbours");
            for (String p : persons) {
                ObjectNode node = explain.jsonPerson(p);
                node.put("hops", depth.get(p));
                array.add(node);
            }
            ArrayNode links = root.putArray("links");
            for (PersonLink l : inward) {
                links.add(explain.json(new EvidencedLink(near(l, depth), far(l, depth),
                        local.between(near(l, depth), far(l, depth), context.release()))));
            }
            root.set("reports", explain.jsonCitedReports());
            LinkExplanation.printJson(root, out);
        } else {
            out.printf(Locale.ROOT, "Neighbours of %s within %d hop(s): %d person(s)%n", explain.person(x.personId()),
                    hops, persons.size());
            out.printf(Locale.ROOT, "Scope: %s. Evidence used: %s.%n", scope, context.filter().describe());
            int level = 0;
            for (PersonLink l : inward) {
                int d = Math.max(depth.get(l.source()), depth.get(l.target()));
                if (d != level) {
                    level = d;
                    out.printf(Locale.ROOT, "%n-- %d hop(s) --%n", d);
                }
                explain.printLink(new EvidencedLink(near(l, depth), far(l, depth),
                        local.between(near(l, depth), far(l, depth), context.release())), "  ", out);
            }
            explain.printCitedReports(out);
        }
        out.flush();
        if (query.graphml != null) {
            Set<String> all = new LinkedHashSet<>(persons);
            all.add(x.personId());
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put(x.personId(), "centre");
            try {
                new GraphMlWriter().write(network, all, new LinkedHashSet<>(network.links()), roles, query.graphml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + query.graphml + ": " + e.getMessage(), e);
            }
        }
        auditOptions.record(storeOptions, store, AuditEvent.of("neighbours").with(Map.of("person", x.personId(),
                "hops", hops, "scope", scope, "found", persons.size())).release(context.filter().describe()));
        return ExitCodes.OK;
    }

    private static String near(PersonLink l, Map<String, Integer> depth) {
        return depth.get(l.source()) < depth.get(l.target()) ? l.source() : l.target();
    }

    private static String far(PersonLink l, Map<String, Integer> depth) {
        return l.other(near(l, depth));
    }

    private Predicate<DatedEvidence> keep() {
        Set<EvidenceKind> allowed = EnumSet.allOf(EvidenceKind.class);
        if (kinds != null && !kinds.isEmpty()) {
            allowed.clear();
            for (String kind : kinds) {
                try {
                    allowed.add(EvidenceKind.fromLabel(kind.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown evidence kind '" + kind + "'; valid: "
                            + java.util.Arrays.stream(EvidenceKind.values()).map(EvidenceKind::label)
                                    .collect(java.util.stream.Collectors.joining(", ")));
                }
            }
        }
        ProjectionFilter window = release.filter();
        return e -> allowed.contains(e.evidence().kind())
                && window.inWindow(e.at() == null ? null : e.at().toInstant());
    }

    private String describe() {
        StringBuilder text = new StringBuilder(kinds == null || kinds.isEmpty() ? "all evidence kinds" : "kinds " + String.join(",", kinds));

        return text.toString();
    }
}
