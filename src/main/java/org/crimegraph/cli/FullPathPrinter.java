package org.crimegraph.cli;

import org.crimegraph.text.Json;
import org.crimegraph.text.SafeText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crimegraph.app.query.FullPathQuery;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.store.query.MultiModePathReader;

/**
 * {@code path --full} as text or JSON: the multi-mode path node by node, with the reports behind each
 * relationship, and under each phone, account and vehicle the persons who hold it.
 */
final class FullPathPrinter {

    /** The nodes of a multi-mode path whose holders are named. */
    private static final Set<String> HOLDINGS = Set.of("Phone", "Account", "Vehicle");

    /** How a holding is worded. */
    private static final Map<String, String> HOLDER_WORDS = Map.of("USES", "used by", "HOLDS", "held by",
            "DRIVES", "driven by", "KEEPER_OF", "kept by");

    private FullPathPrinter() {
    }

    /** Prints the answer as JSON or as a table ({@link LinkExplanation#print}). */
    static void print(FullPathQuery.Result r, String evidence, Function<String, ReportGrading> reports,
                      boolean json, PrintWriter out) {
        new LinkExplanation(id -> id, reports, 0).print(json,
                e -> json(r, evidence, e, out), e -> table(r, evidence, e, out));
    }

    private static void json(FullPathQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("from", r.from().personId());
        root.put("to", r.to().personId());
        root.put("evidence", evidence);
        root.put("search", r.search());
        if (r.note() != null) {
            root.put("note", r.note());
        }
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode steps = root.putArray("steps");
        r.path().ifPresent(p -> {
            p.nodes().forEach(n -> {
                ObjectNode node = nodes.addObject().put("label", n.label()).put("key", n.key())
                        .put("name", n.name()).put("at", n.at());
                if (HOLDINGS.contains(n.label())) {
                    ArrayNode holders = node.putArray("holders");
                    for (MultiModePathReader.Holder h : n.holders()) {
                        ObjectNode holder = holders.addObject().put("personId", h.personId()).put("name", h.name())
                                .put("relationship", h.relationship());
                        explain.putReports(holder, h.reportIds());
                    }
                }
            });
            p.hops().forEach(s -> {
                ObjectNode step = steps.addObject().put("type", s.type());
                explain.putReports(step, s.reportIds());
            });
        });
        explain.printJson(root, out);
    }

    private static void table(FullPathQuery.Result r, String evidence, LinkExplanation explain, PrintWriter out) {
        out.printf(Locale.ROOT, "From %s %s to %s %s through the multi-mode graph: %s%n", r.from().personId(),
                r.from().displayName(), r.to().personId(), r.to().displayName(),
                r.path().map(p -> p.hops().size() + " relationships")
                        .orElse("no path" + (r.note() == null ? "" : " (" + r.note() + ")")));
        out.printf(Locale.ROOT, "Search: %s. Evidence used: %s.%n", r.search(), evidence);
        r.path().ifPresent(p -> {
            out.println();
            for (int i = 0; i < p.nodes().size(); i++) {
                MultiModePathReader.Node n = p.nodes().get(i);
                out.printf(Locale.ROOT, "  %-12s %-30s %s%n", n.label(), SafeText.clip(n.key()
                        + (n.name().isEmpty() || n.name().equals(n.key()) ? "" : " " + n.name()), 30),
                        n.at() == null ? "" : n.at());
                if (HOLDINGS.contains(n.label())) {
                    if (n.holders().isEmpty()) {
                        out.printf(Locale.ROOT, "  %-12s holder: none known from the reports allowed here%n", "");
                    }
                    for (MultiModePathReader.Holder h : n.holders()) {
                        out.printf(Locale.ROOT, "  %-12s %s %s%s [%s]%n", "", HOLDER_WORDS.get(h.relationship()),
                                h.personId(), h.name() == null ? "" : " " + h.name(), String.join(", ", h.reportIds()));
                        explain.cite(h.reportIds());
                    }
                }
                if (i < p.hops().size()) {
                    MultiModePathReader.Hop s = p.hops().get(i);
                    out.printf(Locale.ROOT, "     | %-14s %s%n", s.type(), String.join(", ", s.reportIds()));
                    explain.cite(s.reportIds());
                }
            }
        });
        explain.printCitedReports(out);
    }
}
