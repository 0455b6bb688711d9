package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.app.query.NeighboursQuery;
import org.crimegraph.graph.ReportGrading;

/** {@code neighbours} as text, JSON or GraphML: the persons around, the links by hop, then the reports cited. */
final class NeighboursPrinter {

    private NeighboursPrinter() {
    }

    /** Prints the answer as JSON or as a table ({@link LinkExplanation#print}). */
    static void print(NeighboursQuery.Result r, int hops, String evidence, Function<String, ReportGrading> reports,
                      int evidencePerLink, boolean json, PrintWriter out) {
        new LinkExplanation(r.network()::name, reports, evidencePerLink).print(json,
                e -> json(r, hops, evidence, e, out), e -> table(r, hops, evidence, e, out));
    }

    private static void json(NeighboursQuery.Result r, int hops, String evidence, LinkExplanation explain, PrintWriter out) {
        ObjectNode root = Json.object();
        root.set("person", explain.jsonPerson(r.person().personId()));
        root.put("hops", hops);
        root.put("scope", r.scope());
        root.put("evidence", evidence);
        ArrayNode array = root.putArray("neighbours");
        for (String p : r.neighbours()) {
            ObjectNode node = explain.jsonPerson(p);
            node.put("hops", r.depth().get(p));
            array.add(node);
        }
        ArrayNode links = root.putArray("links");
        r.links().forEach(l -> links.add(explain.json(l)));
        explain.printJson(root, out);
    }

    private static void table(NeighboursQuery.Result r, int hops, String evidence, LinkExplanation explain, PrintWriter out) {
        out.printf(Locale.ROOT, "Neighbours of %s within %d hop(s): %d person(s)%n", explain.person(r.person().personId()),
                hops, r.neighbours().size());
        out.printf(Locale.ROOT, "Scope: %s. Evidence used: %s.%n", r.scope(), evidence);
        int level = 0;
        for (EvidencedLink l : r.links()) {
            int d = r.level(l);
            if (d != level) {
                level = d;
                out.printf(Locale.ROOT, "%n-- %d hop(s) --%n", d);
            }
            explain.printLink(l, "  ", out);
        }
        explain.printCitedReports(out);
    }

    static void graphMl(NeighboursQuery.Result r, Path file) {
        Set<String> all = new LinkedHashSet<>(r.neighbours());
        all.add(r.person().personId());
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(r.person().personId(), "centre");
        QueryGraphMl.write(r.network(), all, new LinkedHashSet<>(r.network().links()), roles, file);
    }
}
