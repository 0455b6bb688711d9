package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.app.query.PathQuery;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.ReportGrading;

/** {@code path} as text, JSON or GraphML: each path hop by hop with its evidence, then the reports cited. */
final class PathPrinter {

    private PathPrinter() {
    }

    /** Prints the answer as JSON or as a table ({@link LinkExplanation#print}). */
    static void print(PathQuery.Result r, int maxHops, String evidence, Function<String, ReportGrading> reports,
                      int evidencePerHop, boolean json, PrintWriter out) {
        new LinkExplanation(r.network()::name, reports, evidencePerHop).print(json,
                e -> json(r, maxHops, evidence, e, out), e -> table(r, maxHops, evidence, e, out));
    }

    private static void json(PathQuery.Result r, int maxHops, String evidence, LinkExplanation explain, PrintWriter out) {
        ObjectNode root = Json.object();
        root.set("from", explain.jsonPerson(r.from().personId()));
        root.set("to", explain.jsonPerson(r.to().personId()));
        root.put("evidence", evidence);
        root.put("distance", r.distance().queryDescription());
        root.put("search", r.search());
        root.put("maxHops", maxHops);
        ArrayNode paths = root.putArray("paths");
        for (PathQuery.Found f : r.found()) {
            ObjectNode node = paths.addObject();
            node.put("hops", f.path().hops());
            node.put("length", f.path().length());
            ArrayNode persons = node.putArray("persons");
            f.path().persons().forEach(id -> persons.add(explain.jsonPerson(id)));
            ArrayNode links = node.putArray("links");
            f.links().forEach(l -> links.add(explain.json(l)));
        }
        explain.printJson(root, out);
    }

    private static void table(PathQuery.Result r, int maxHops, String evidence, LinkExplanation explain, PrintWriter out) {
        out.printf(Locale.ROOT, "From %s to %s: %s%n", explain.person(r.from().personId()),
                explain.person(r.to().personId()),
                r.found().isEmpty() ? "no path within " + maxHops + " hops" : r.found().size() + " path(s)");
        out.printf(Locale.ROOT, "Search: %s.%n", r.search());
        out.printf(Locale.ROOT, "Path length: %s. Evidence used: %s.%n", r.distance().queryDescription(), evidence);
        int n = 0;
        for (PathQuery.Found f : r.found()) {
            out.println();
            out.printf(Locale.ROOT, "Path %d: %d hop(s), length %.3f: %s%n", ++n, f.path().hops(), f.path().length(),
                    String.join(" > ", f.path().persons()));
            int hop = 0;
            for (EvidencedLink link : f.links()) {
                explain.printLink(link, String.format(Locale.ROOT, "  %d. ", ++hop), out);
            }
        }
        explain.printCitedReports(out);
    }

    /** The persons and links of the paths found as GraphML, the two ends marked start and end. */
    static void graphMl(PathQuery.Result r, Path file) {
        Set<String> persons = new LinkedHashSet<>(List.of(r.from().personId(), r.to().personId()));
        Set<PersonLink> links = new LinkedHashSet<>();
        for (PathQuery.Found f : r.found()) {
            persons.addAll(f.path().persons());
            for (int i = 0; i < f.path().hops(); i++) {
                r.network().link(f.path().persons().get(i), f.path().persons().get(i + 1)).ifPresent(links::add);
            }
        }
        persons.retainAll(r.network().graph().vertexSet());
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(r.from().personId(), "start");
        roles.put(r.to().personId(), "end");
        QueryGraphMl.write(r.network(), persons, links, roles, file);
    }
}
