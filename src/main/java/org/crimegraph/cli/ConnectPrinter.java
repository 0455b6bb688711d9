package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crimegraph.app.query.ConnectQuery;
import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.paths.ConnectingNetwork;

/** {@code connect} as text, JSON or GraphML: the connecting network, its links with evidence, the reports cited. */
final class ConnectPrinter {

    private ConnectPrinter() {
    }

    /** Prints the answer as JSON or as a table ({@link LinkExplanation#print}). */
    static void print(ConnectQuery.Result r, String evidence, Function<String, ReportGrading> reports,
                      int evidencePerLink, boolean json, PrintWriter out) {
        new LinkExplanation(r.network()::name, reports, evidencePerLink).print(json,
                e -> json(r, evidence, e, out), e -> table(r, evidence, e, out));
    }

    private static void json(ConnectQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        ConnectingNetwork.Result c = r.connection();
        ObjectNode root = Json.object();
        ArrayNode ts = root.putArray("terminals");
        r.terminals().forEach(t -> ts.add(explain.jsonPerson(t)));
        root.put("method", r.method().description());
        root.put("distance", r.distance().queryDescription());
        root.put("scope", r.scope());
        root.put("evidence", evidence);
        root.put("length", c.length());
        ArrayNode persons = root.putArray("persons");
        c.persons().forEach(p -> persons.add(explain.jsonPerson(p)));
        ArrayNode unreachable = root.putArray("unreachable");
        c.unreachable().forEach(unreachable::add);
        ArrayNode links = root.putArray("links");
        r.links().forEach(l -> links.add(explain.json(l)));
        explain.printJson(root, out);
    }

    private static void table(ConnectQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        ConnectingNetwork.Result c = r.connection();
        List<String> terminals = r.terminals();
        out.printf(Locale.ROOT, "Connecting network of %s: %d person(s), %d link(s), length %.3f%n",
                String.join(", ", terminals), c.persons().size(), c.links().size(), c.length());
        out.printf(Locale.ROOT, "Method: %s. Path length: %s.%nScope: %s. Evidence used: %s.%n",
                r.method().description(), r.distance().queryDescription(), r.scope(), evidence);
        if (!c.unreachable().isEmpty()) {
            out.printf(Locale.ROOT, "Not connected to %s within this scope: %s%n", terminals.get(0),
                    String.join(", ", c.unreachable()));
        }
        List<String> intermediaries = new ArrayList<>(c.persons());
        intermediaries.removeAll(terminals);
        out.printf(Locale.ROOT, "Intermediaries: %s%n%n", intermediaries.isEmpty() ? "none"
                : String.join(", ", intermediaries.stream().map(explain::person).toList()));
        for (EvidencedLink l : r.links()) {
            explain.printLink(l, "  ", out);
        }
        explain.printCitedReports(out);
    }

    static void graphMl(ConnectQuery.Result r, Path file) {
        Set<PersonLink> links = new LinkedHashSet<>();
        r.connection().links().forEach(l -> r.network().link(l.get(0), l.get(1)).ifPresent(links::add));
        Map<String, String> roles = new LinkedHashMap<>();
        r.terminals().forEach(t -> roles.put(t, "terminal"));
        Set<String> persons = new LinkedHashSet<>(r.connection().persons());
        persons.retainAll(r.network().graph().vertexSet());
        QueryGraphMl.write(r.network(), persons, links, roles, file);
    }
}
