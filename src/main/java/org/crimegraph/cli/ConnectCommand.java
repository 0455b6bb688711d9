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
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.GraphMlWriter;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.ConnectingNetwork;
import org.crimegraph.graph.PathLength;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.query.PersonEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph connect A B C …}: the network that connects a set of persons. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"The connecting network of two or more persons: a Steiner-tree approximation (default) or the union of shortest paths.",
                "Each person: id, phone, IBAN, registration or name (see 'find'). Exit code 3 if one is unknown, 6 if ambiguous."})
final class ConnectCommand implements Callable<Integer>, StoreQuery {

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

    @Parameters(arity = "2..*", paramLabel = "PERSON", description = "The persons to connect.")
    List<String> references;

    @Option(names = "--method", defaultValue = "steiner", paramLabel = "METHOD",
            description = "steiner (Kou-Markowsky-Berman tree, fewest extra persons) or union (a shortest path between every pair). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--weighted", description = "Measure by evidence strength: each link counts 1/weight.")
    boolean weighted;

    @Option(names = "--max-hops", defaultValue = "6", paramLabel = "N",
            description = "Read the person network within N hops of the first person (default: ${DEFAULT-VALUE}).")
    int maxHops;

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
        ConnectingNetwork.Method chosen = switch (method.toLowerCase(Locale.ROOT)) {
            case "steiner" -> ConnectingNetwork.Method.STEINER;
            case "union" -> ConnectingNetwork.Method.UNION;
            default -> throw new IllegalArgumentException("--method must be steiner or union, not '" + method + "'");
        };
        QueryScope context = new QueryScope(store, release.reportsOnly("connect"), query.defaultRegion);
        List<String> terminals = new ArrayList<>();
        try {
            for (String reference : references) {
                PersonEntry p = context.resolver().resolve(reference);
                if (!terminals.contains(p.personId())) {
                    terminals.add(p.personId());
                }
            }
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        if (terminals.size() < 2) {
            throw new IllegalArgumentException("connect needs at least two different persons");
        }
        PathLength distance = weighted ? PathLength.INVERSE_WEIGHT : PathLength.HOPS;
        LocalNetwork local = context.reading(e -> true).around(List.of(terminals.get(0)), maxHops, query.maxPersons);
        PersonNetwork network = local.project(context.projection(), context.reports());
        ConnectingNetwork.Result result = new ConnectingNetwork(network.graph(), distance).connect(terminals, chosen, maxHops);
        LinkExplanation explain = new LinkExplanation(network::name, context::report, evidencePerLink);
        String scope = "person network read within " + maxHops + " hops of " + terminals.get(0) + " ("
                + network.graph().vertexSet().size() + " persons)";
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkExplanation.JSON.createObjectNode();
            ArrayNode ts = root.putArray("terminals");
            terminals.forEach(t -> ts.add(explain.jsonPerson(t)));
            root.put("method", chosen.description());
            root.put("distance", distance.queryDescription());
            root.put("scope", scope);
            root.put("evidence", context.filter().describe());
            root.put("length", result.length());
            ArrayNode persons = root.putArray("persons");
            result.persons().forEach(p -> persons.add(explain.jsonPerson(p)));
            ArrayNode unreachable = root.putArray("unreachable");
            result.unreachable().forEach(unreachable::add);
            ArrayNode links = root.putArray("links");
            for (List<String> l : result.links()) {
                links.add(explain.json(new EvidencedLink(l.get(0), l.get(1), local.between(l.get(0), l.get(1), context.release()))));
            }
            root.set("reports", explain.jsonCitedReports());
            LinkExplanation.printJson(root, out);
        } else {
            out.printf(Locale.ROOT, "Connecting network of %s: %d person(s), %d link(s), length %.3f%n",
                    String.join(", ", terminals), result.persons().size(), result.links().size(), result.length());
            out.printf(Locale.ROOT, "Method: %s. Path length: %s.%nScope: %s. Evidence used: %s.%n",
                    chosen.description(), distance.queryDescription(), scope, context.filter().describe());
            if (!result.unreachable().isEmpty()) {
                out.printf(Locale.ROOT, "Not connected to %s within this scope: %s%n", terminals.get(0),
                        String.join(", ", result.unreachable()));
            }
            List<String> intermediaries = new ArrayList<>(result.persons());
            intermediaries.removeAll(terminals);
            out.printf(Locale.ROOT, "Intermediaries: %s%n%n", intermediaries.isEmpty() ? "none"
                    : String.join(", ", intermediaries.stream().map(explain::person).toList()));
            for (List<String> l : result.links()) {
                explain.printLink(new EvidencedLink(l.get(0), l.get(1), local.between(l.get(0), l.get(1), context.release())), "  ", out);
            }
            explain.printCitedReports(out);
        }
        out.flush();
        if (query.graphml != null) {
            Set<PersonLink> links = new LinkedHashSet<>();
            result.links().forEach(l -> network.link(l.get(0), l.get(1)).ifPresent(links::add));
            Map<String, String> roles = new LinkedHashMap<>();
            terminals.forEach(t -> roles.put(t, "terminal"));
            Set<String> persons = new LinkedHashSet<>(result.persons());
            persons.retainAll(network.graph().vertexSet());
            try {
                new GraphMlWriter().write(network, persons, links, roles, query.graphml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + query.graphml + ": " + e.getMessage(), e);
            }
        }
        auditOptions.record(storeOptions, store, AuditEvent.of("connect").with(Map.of("terminals", terminals,
                "method", chosen.name(), "persons", List.copyOf(result.persons()))).release(context.filter().describe()));
        return ExitCodes.OK;
    }
}
