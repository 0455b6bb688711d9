package org.crimegraph.cli;

import org.crimegraph.text.Json;
import org.crimegraph.text.SafeText;
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
import org.crimegraph.app.query.CommonQuery;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.ReportGrading;

/** {@code common} as text, JSON or GraphML: common associates, shared things, then the reports cited. */
final class CommonPrinter {

    private CommonPrinter() {
    }

    /** Prints the answer as JSON or as a table ({@link LinkExplanation#print}). */
    static void print(CommonQuery.Result r, String evidence, Function<String, ReportGrading> reports,
                      boolean json, PrintWriter out) {
        new LinkExplanation(r.network()::name, reports, 3).print(json,
                e -> json(r, evidence, e, out), e -> table(r, evidence, e, out));
    }

    private static void json(CommonQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        ObjectNode root = Json.object();
        root.set("a", explain.jsonPerson(r.a().personId()));
        root.set("b", explain.jsonPerson(r.b().personId()));
        root.put("evidence", evidence);
        root.put("directlyLinked", r.direct());
        ArrayNode assoc = root.putArray("commonAssociates");
        for (CommonQuery.Associate c : r.associates()) {
            ObjectNode node = explain.jsonPerson(c.personId());
            node.set("linkToA", explain.json(c.toA()));
            node.set("linkToB", explain.json(c.toB()));
            assoc.add(node);
        }
        ArrayNode things = root.putArray("shared");
        for (CommonQuery.Shared s : r.shared()) {
            ObjectNode node = things.addObject();
            node.put("kind", s.thing().kind());
            node.put("key", s.thing().key());
            node.put("label", s.thing().label());
            node.put("at", s.thing().at() == null ? null : s.thing().at().toString());
            explain.putReports(node, s.reports());
        }
        explain.printJson(root, out);
    }

    private static void table(CommonQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        String a = r.a().personId();
        String b = r.b().personId();
        out.printf(Locale.ROOT, "In common between %s and %s%s%n", explain.person(a), explain.person(b),
                r.direct() ? " (also directly linked)" : "");
        out.printf(Locale.ROOT, "Evidence used: %s.%n", evidence);
        out.printf(Locale.ROOT, "%nCommon associates: %d%n", r.associates().size());
        for (CommonQuery.Associate c : r.associates()) {
            out.printf(Locale.ROOT, "  %-40s with %s: %s; with %s: %s%n", explain.person(c.personId()), a,
                    LinkExplanation.summary(c.toA().evidence()), b, LinkExplanation.summary(c.toB().evidence()));
            c.toA().evidence().forEach(e -> explain.cite(e.reportIds()));
            c.toB().evidence().forEach(e -> explain.cite(e.reportIds()));
        }
        out.printf(Locale.ROOT, "%nShared phones, accounts, vehicles, addresses, meetings, routes: %d%n", r.shared().size());
        for (CommonQuery.Shared s : r.shared()) {
            out.printf(Locale.ROOT, "  %-8s %-40s %-17s %s%n", s.thing().kind(), SafeText.clip(s.thing().label(), 40),
                    LinkExplanation.when(s.thing().at()), String.join(", ", s.reports()));
            explain.cite(s.reports());
        }
        explain.printCitedReports(out);
    }

    static void graphMl(CommonQuery.Result r, Path file) {
        String a = r.a().personId();
        String b = r.b().personId();
        Set<String> persons = new LinkedHashSet<>();
        r.associates().forEach(c -> persons.add(c.personId()));
        persons.add(a);
        persons.add(b);
        persons.retainAll(r.network().graph().vertexSet());
        Set<PersonLink> links = new LinkedHashSet<>();
        for (CommonQuery.Associate c : r.associates()) {
            r.network().link(a, c.personId()).ifPresent(links::add);
            r.network().link(b, c.personId()).ifPresent(links::add);
        }
        r.network().link(a, b).ifPresent(links::add);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(a, "a");
        roles.put(b, "b");
        QueryGraphMl.write(r.network(), persons, links, roles, file);
    }
}
