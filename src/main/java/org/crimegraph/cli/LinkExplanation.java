package org.crimegraph.cli;

import org.crimegraph.app.query.EvidencedLink;
import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.text.SafeText;

/**
 * Explains what link queries find, as readable tables or JSON: each link with the evidence behind it
 * (kind, what, when) and the reports that assert it, then the reports cited with agency, grading and
 * handling code. Only evidence and reports that stand under the release filter ever reach this class.
 */
final class LinkExplanation {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT);

    private final Function<String, String> names;
    private final Function<String, ReportGrading> reports;
    private final int evidencePerLink;
    private final SortedSet<String> cited = new TreeSet<>();

    LinkExplanation(Function<String, String> names, Function<String, ReportGrading> reports, int evidencePerLink) {
        this.names = names;
        this.reports = reports;
        this.evidencePerLink = evidencePerLink;
    }

    String person(String id) {
        String name = names.apply(id);
        return name == null || name.equals(id) ? id : id + " " + name;
    }

    /** Prints one link as table lines, indented. */
    void printLink(EvidencedLink link, String prefix, PrintWriter out) {
        out.printf(Locale.ROOT, "%s%s -- %s%n", prefix, person(link.from()), person(link.to()));
        int shown = 0;
        for (HopEvidence e : link.evidence()) {
            cited.addAll(e.reportIds());
            if (shown++ < evidencePerLink) {
                out.printf(Locale.ROOT, "%s     %-14s %-22s %-17s %s%n", " ".repeat(prefix.length()), e.kind(),
                        SafeText.clip(e.evidenceId(), 22), when(e.at()), String.join(", ", e.reportIds()));
            }
        }
        if (link.evidence().size() > evidencePerLink) {
            out.printf(Locale.ROOT, "%s     … %d more pieces of evidence (%s)%n", " ".repeat(prefix.length()),
                    link.evidence().size() - evidencePerLink, summary(link.evidence()));
        }
    }

    /** Notes reports as cited (they appear in the "Reports cited" table). */
    void cite(java.util.Collection<String> reportIds) {
        cited.addAll(reportIds);
    }

    /** Prints the reports cited so far. */
    void printCitedReports(PrintWriter out) {
        if (cited.isEmpty()) {
            return;
        }
        out.println();
        out.println("Reports cited:");
        out.printf(Locale.ROOT, "  %-10s %-28s %-5s %s%n", "report", "agency", "grade", "handling");
        for (String id : cited) {
            ReportGrading r = reports.apply(id);
            out.printf(Locale.ROOT, "  %-10s %-28s %-5s %s%n", id, r == null ? "?" : SafeText.clip(r.agency(), 28),
                    r == null ? "?" : r.grade().code(), r == null ? "?" : r.handling().name());
        }
    }

    /** A JSON object for a link. */
    ObjectNode json(EvidencedLink link) {
        ObjectNode node = Json.object();
        node.put("from", link.from());
        node.put("to", link.to());
        ArrayNode evidence = node.putArray("evidence");
        for (HopEvidence e : link.evidence()) {
            cited.addAll(e.reportIds());
            ObjectNode item = evidence.addObject();
            item.put("kind", e.kind());
            item.put("id", e.evidenceId());
            if (e.at() == null) {
                item.putNull("at");
            } else {
                item.put("at", e.at().toString());
            }
            ArrayNode ids = item.putArray("reports");
            e.reportIds().forEach(ids::add);
        }
        return node;
    }

    /** Person object for JSON. */
    ObjectNode jsonPerson(String id) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("name", names.apply(id));
        return node;
    }

    /** Puts {@code reportIds} as {@code node}'s {@code reports} array, and cites them. */
    void putReports(ObjectNode node, java.util.Collection<String> reportIds) {
        ArrayNode ids = node.putArray("reports");
        reportIds.forEach(ids::add);
        cite(reportIds);
    }

    /** Prints a link query's answer as JSON or as a table, both explained by this: what every query's --format chooses. */
    void print(boolean json, Consumer<LinkExplanation> asJson, Consumer<LinkExplanation> asTable) {
        (json ? asJson : asTable).accept(this);
    }

    /** Ends a query's JSON document: the cited reports under {@code reports}, then the whole pretty-printed on {@code out}. */
    void printJson(ObjectNode root, PrintWriter out) {
        root.set("reports", jsonCitedReports());
        out.println(Json.pretty(root));
    }

    /** The cited reports as a JSON array. */
    ArrayNode jsonCitedReports() {
        ArrayNode array = Json.mapper().createArrayNode();
        for (String id : cited) {
            ReportGrading r = reports.apply(id);
            ObjectNode node = array.addObject();
            node.put("id", id);
            node.put("agency", r == null ? null : r.agency());
            node.put("grade", r == null ? null : r.grade().code());
            node.put("handling", r == null ? null : r.handling().name());
        }
        return array;
    }

    static String when(OffsetDateTime at) {
        return at == null ? "-" : WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String summary(List<HopEvidence> evidence) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        evidence.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.length() == 0 ? "" : ", ").append(kind).append(" ×").append(n));
        return text.toString();
    }
}
