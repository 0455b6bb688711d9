package org.crimegraph.cli;

import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.app.query.UnresolvedReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.GraphMlWriter;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.query.NetworkReading;
import org.crimegraph.store.query.PersonEntry;
import org.crimegraph.store.query.SharedThingsReader;
import org.crimegraph.store.query.SharedThingsReader.SharedThing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph common A B}: what two persons have in common — associates (persons linked to both in
 * the person network), and phones, accounts, vehicles, addresses, meetings and routes they share.
 */
@Command(name = "common", mixinStandardHelpOptions = true,
        description = {"What two persons share: common associates, phones, accounts, vehicles, addresses, meetings, routes.",
                "A and B: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if unknown, 6 if ambiguous."})
final class CommonCommand implements Callable<Integer>, StoreQuery {

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

    @Parameters(index = "0", paramLabel = "A")
    String first;

    @Parameters(index = "1", paramLabel = "B")
    String second;

    /** A shared thing that stands under the filter, with the allowed reports behind both ties. */
    record Shared(SharedThing thing, SortedSet<String> reports) {
    }

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        QueryScope context = new QueryScope(store, release.reportsOnly("common"), query.defaultRegion);
        PersonEntry a;
        PersonEntry b;
        try {
            a = context.resolver().resolve(first);
            b = context.resolver().resolve(second);
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        NetworkReading reading = context.reading(e -> true);
        Map<String, Set<String>> neighbours = reading.neighbours(new TreeSet<>(List.of(a.personId(), b.personId())));
        LocalNetwork local = reading.local();
        PersonNetwork network = local.project(context.projection(), context.reports());
        SortedSet<String> associates = new TreeSet<>(neighbours.getOrDefault(a.personId(), Set.of()));
        associates.retainAll(neighbours.getOrDefault(b.personId(), Set.of()));
        List<Shared> shared = new ArrayList<>();
        Map<String, Shared> byKey = new LinkedHashMap<>();
        for (SharedThing thing : new SharedThingsReader(store, context.release()).between(a.personId(), b.personId())) {
            List<String> aAllowed = thing.aReports().stream().filter(context.release()::allows).toList();
            List<String> bAllowed = thing.bReports().stream().filter(context.release()::allows).toList();
            if (aAllowed.isEmpty() || bAllowed.isEmpty()) {
                continue;
            }
            Shared s = byKey.computeIfAbsent(thing.kind() + '\u0000' + thing.key(), k -> new Shared(thing, new TreeSet<>()));
            s.reports().addAll(aAllowed);
            s.reports().addAll(bAllowed);
        }
        shared.addAll(byKey.values());
        LinkExplanation explain = new LinkExplanation(network::name, context::report, 3);
        boolean direct = network.link(a.personId(), b.personId()).isPresent();
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkExplanation.JSON.createObjectNode();
            root.set("a", explain.jsonPerson(a.personId()));
            root.set("b", explain.jsonPerson(b.personId()));
            root.put("evidence", context.filter().describe());
            root.put("directlyLinked", direct);
            ArrayNode assoc = root.putArray("commonAssociates");
            for (String c : associates) {
                ObjectNode node = explain.jsonPerson(c);
                node.set("linkToA", explain.json(new EvidencedLink(a.personId(), c, local.between(a.personId(), c, context.release()))));
                node.set("linkToB", explain.json(new EvidencedLink(b.personId(), c, local.between(b.personId(), c, context.release()))));
                assoc.add(node);
            }
            ArrayNode things = root.putArray("shared");
            for (Shared s : shared) {
                ObjectNode node = things.addObject();
                node.put("kind", s.thing().kind());
                node.put("key", s.thing().key());
                node.put("label", s.thing().label());
                node.put("at", s.thing().at() == null ? null : s.thing().at().toString());
                ArrayNode ids = node.putArray("reports");
                s.reports().forEach(ids::add);
                explain.cite(s.reports());
            }
            root.set("reports", explain.jsonCitedReports());
            LinkExplanation.printJson(root, out);
        } else {
            out.printf(Locale.ROOT, "In common between %s and %s%s%n", explain.person(a.personId()),
                    explain.person(b.personId()), direct ? " (also directly linked)" : "");
            out.printf(Locale.ROOT, "Evidence used: %s.%n", context.filter().describe());
            out.printf(Locale.ROOT, "%nCommon associates: %d%n", associates.size());
            for (String c : associates) {
                List<HopEvidence> toA = local.between(a.personId(), c, context.release());
                List<HopEvidence> toB = local.between(b.personId(), c, context.release());
                out.printf(Locale.ROOT, "  %-40s with %s: %s; with %s: %s%n", explain.person(c), a.personId(),
                        LinkExplanation.summary(toA), b.personId(), LinkExplanation.summary(toB));
                toA.forEach(e -> explain.cite(e.reportIds()));
                toB.forEach(e -> explain.cite(e.reportIds()));
            }
            out.printf(Locale.ROOT, "%nShared phones, accounts, vehicles, addresses, meetings, routes: %d%n", shared.size());
            for (Shared s : shared) {
                out.printf(Locale.ROOT, "  %-8s %-40s %-17s %s%n", s.thing().kind(), LinkExplanation.clip(s.thing().label(), 40),
                        LinkExplanation.when(s.thing().at()), String.join(", ", s.reports()));
                explain.cite(s.reports());
            }
            explain.printCitedReports(out);
        }
        out.flush();
        if (query.graphml != null) {
            Set<String> persons = new LinkedHashSet<>(associates);
            persons.add(a.personId());
            persons.add(b.personId());
            persons.retainAll(network.graph().vertexSet());
            Set<PersonLink> links = new LinkedHashSet<>();
            for (String c : associates) {
                network.link(a.personId(), c).ifPresent(links::add);
                network.link(b.personId(), c).ifPresent(links::add);
            }
            network.link(a.personId(), b.personId()).ifPresent(links::add);
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put(a.personId(), "a");
            roles.put(b.personId(), "b");
            try {
                new GraphMlWriter().write(network, persons, links, roles, query.graphml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + query.graphml + ": " + e.getMessage(), e);
            }
        }
        auditOptions.record(storeOptions, store, AuditEvent.of("common").with(Map.of("a", a.personId(), "b", b.personId(),
                "associates", associates.size(), "shared", shared.size())).release(context.filter().describe()));
        return ExitCodes.OK;
    }
}
