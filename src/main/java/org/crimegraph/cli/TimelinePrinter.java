package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.timeline.CommunityMatching;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.app.timeline.NetworkTimeline;
import org.crimegraph.cli.render.CsvWriter;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.text.Json;
import org.crimegraph.text.SafeText;

/** Renders a timeline ({@code crimegraph timeline}) as a table, CSV or JSON. */
final class TimelinePrinter {

    /** Output formats. */
    enum Format { table, csv, json }

    /** What one CSV row is. */
    enum Rows { windows, persons, communities }

    private static final int LISTED = 12;

    private final NetworkTimeline.Result result;
    private final Timeline timeline;
    private final int top;

    TimelinePrinter(NetworkTimeline.Result result, int top) {
        this.result = result;
        this.timeline = result.timeline();
        this.top = top;
    }

    void print(Format format, Rows rows, PrintWriter out) {
        switch (format) {
            case table -> table(out);
            case csv -> {
                switch (rows) {
                    case windows -> windowsCsv(out);
                    case persons -> personsCsv(out);
                    case communities -> communitiesCsv(out);
                }
            }
            case json -> out.println(json());
        }
        out.flush();
    }

    private void table(PrintWriter out) {
        List<Timeline.WindowMeasures> windows = timeline.windows();
        out.printf(Locale.ROOT, "Timeline: %d windows, %s to %s. Evidence used: %s.%nPath lengths: %s. "
                        + "Centralisation: Freeman (1979), 1 = star. Communities: Leiden, seed as given.%n%n",
                windows.size(), windows.get(0).window().label(), windows.get(windows.size() - 1).window().label(),
                result.evidence(), timeline.pathLength().description());
        TextTable table = new TextTable().left("window", 21).right("persons", 7).right("links", 6).right("density", 7)
                .right("comps", 5).right("largest", 7).right("degC", 6).right("betwC", 6).right("modularity", 10)
                .right("comms", 5).right("in", 4).right("out", 4);
        table.printHeader(out);
        for (Timeline.WindowMeasures w : windows) {
            table.printRow(out, w.window().label(), w.persons(), w.links(), num(w.density()), w.components(),
                    w.largestComponent(), num(w.degreeCentralisation()), num(w.betweennessCentralisation()),
                    num(w.modularity()), w.communities(), w.entering().size(), w.leaving().size());
        }
        List<Timeline.PersonSeries> followed = timeline.top(VertexScore.BETWEENNESS, top);
        out.printf(Locale.ROOT, "%nBetweenness rank per window of the %d persons in some window's top %d (- = absent):%n",
                followed.size(), top);
        TextTable ranks = new TextTable().left("id", 8).left("name", 22);
        windows.forEach(w -> ranks.right(w.window().start(), w.window().start().length()));
        ranks.printHeader(out);
        for (Timeline.PersonSeries p : followed) {
            List<Object> cells = new ArrayList<>(List.of(p.personId(), SafeText.clip(p.name(), 22)));
            for (int w = 0; w < windows.size(); w++) {
                Integer rank = p.rank(w, VertexScore.BETWEENNESS);
                cells.add(rank == null ? "-" : "#" + rank);
            }
            ranks.printRow(out, cells.toArray());
        }
        out.printf(Locale.ROOT, "%nEntering (+) and leaving (-) persons:%n");
        for (int w = 1; w < windows.size(); w++) {
            Timeline.WindowMeasures m = windows.get(w);
            if (!m.entering().isEmpty() || !m.leaving().isEmpty()) {
                out.printf(Locale.ROOT, "  %s: %s%s%n", m.window().start(), list("+", m.entering()),
                        m.leaving().isEmpty() ? "" : (m.entering().isEmpty() ? "" : "; ") + list("-", m.leaving()));
            }
        }
        out.printf(Locale.ROOT, "%nCommunity changes between consecutive windows (matched by members, Jaccard; "
                + "continued communities not listed):%n");
        boolean any = false;
        for (Timeline.Transition t : timeline.transitions()) {
            for (CommunityMatching.Change c : t.changes()) {
                if (c.kind() != CommunityMatching.Kind.CONTINUED) {
                    any = true;
                    out.printf(Locale.ROOT, "  %s -> %s: %s %s -> %s (Jaccard %.2f; %d members: %s)%n",
                            windows.get(t.from()).window().start(), windows.get(t.to()).window().start(),
                            kind(c.kind()), c.before(), c.after(), c.jaccard(), c.members().size(),
                            list("", List.copyOf(c.members())));
                }
            }
        }
        if (!any) {
            out.println("  none");
        }
    }

    private void windowsCsv(PrintWriter out) {
        CsvWriter csv = new CsvWriter(out, false).header("window", "from", "to", "persons", "links", "density",
                "components", "largestComponent", "degreeCentralisation", "betweennessCentralisation", "modularity",
                "communities", "entering", "leaving", "pathLength");
        for (Timeline.WindowMeasures w : timeline.windows()) {
            csv.row(w.window().label(), w.window().from().toString(), w.window().to().toString(), w.persons(), w.links(),
                    w.density(), w.components(), w.largestComponent(), w.degreeCentralisation(),
                    w.betweennessCentralisation(), w.modularity(), w.communities(), w.entering().size(),
                    w.leaving().size(), timeline.pathLength().description());
        }
    }

    private void personsCsv(PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("window", "personId", "name", "entered", "community", "targetRank"));
        for (String m : VertexScore.MEASURES) {
            header.add(m);
            header.add(m + "Rank");
        }
        CsvWriter csv = new CsvWriter(out, false).header(header.toArray(String[]::new));
        for (int w = 0; w < timeline.windows().size(); w++) {
            Timeline.WindowMeasures window = timeline.windows().get(w);
            for (Timeline.PersonSeries p : timeline.persons()) {
                Timeline.PersonWindow place = p.windows().get(w);
                if (place == null) {
                    continue;
                }
                List<Object> row = new ArrayList<>(List.of(window.window().label(), p.personId(), p.name(),
                        window.entering().contains(p.personId()), place.community(), place.targetRank()));
                for (MeasureRank r : place.measures()) {
                    row.add(r.value());
                    row.add(r.rank());
                }
                csv.row(row.toArray());
            }
        }
    }

    private void communitiesCsv(PrintWriter out) {
        CsvWriter csv = new CsvWriter(out, false).header("fromWindow", "toWindow", "change", "before", "after", "jaccard",
                "members");
        for (Timeline.Transition t : timeline.transitions()) {
            for (CommunityMatching.Change c : t.changes()) {
                csv.row(timeline.windows().get(t.from()).window().label(), timeline.windows().get(t.to()).window().label(),
                        kind(c.kind()), join(c.before()), join(c.after()), c.jaccard(), String.join(" ", c.members()));
            }
        }
    }

    private String json() {
        ObjectNode root = Json.object();
        root.put("evidence", result.evidence());
        root.put("pathLength", timeline.pathLength().description());
        ArrayNode windows = root.putArray("windows");
        for (Timeline.WindowMeasures w : timeline.windows()) {
            ObjectNode node = windows.addObject();
            node.put("window", w.window().label());
            node.put("from", w.window().from().toString());
            node.put("to", w.window().to().toString());
            node.put("persons", w.persons());
            node.put("links", w.links());
            node.put("density", w.density());
            node.put("components", w.components());
            node.put("largestComponent", w.largestComponent());
            node.put("degreeCentralisation", w.degreeCentralisation());
            node.put("betweennessCentralisation", w.betweennessCentralisation());
            node.put("modularity", w.modularity());
            node.put("communities", w.communities());
            w.entering().forEach(node.putArray("entering")::add);
            w.leaving().forEach(node.putArray("leaving")::add);
        }
        ArrayNode persons = root.putArray("persons");
        for (Timeline.PersonSeries p : timeline.persons()) {
            ObjectNode node = persons.addObject();
            node.put("id", p.personId());
            node.put("name", p.name());
            ArrayNode places = node.putArray("windows");
            for (Timeline.PersonWindow place : p.windows()) {
                if (place == null) {
                    places.addNull();
                    continue;
                }
                ObjectNode at = places.addObject();
                at.put("community", place.community());
                at.put("targetRank", place.targetRank());
                ObjectNode measures = at.putObject("measures");
                for (MeasureRank r : place.measures()) {
                    measures.putObject(r.measure()).put("value", r.value()).put("rank", r.rank());
                }
            }
        }
        ArrayNode transitions = root.putArray("communityChanges");
        for (Timeline.Transition t : timeline.transitions()) {
            for (CommunityMatching.Change c : t.changes()) {
                ObjectNode node = transitions.addObject();
                node.put("fromWindow", t.from());
                node.put("toWindow", t.to());
                node.put("change", kind(c.kind()));
                c.before().forEach(node.putArray("before")::add);
                c.after().forEach(node.putArray("after")::add);
                node.put("jaccard", c.jaccard());
                c.members().forEach(node.putArray("members")::add);
            }
        }
        return Json.pretty(root);
    }

    /** merged, split, birth, death, continued. */
    static String kind(CommunityMatching.Kind kind) {
        return switch (kind) {
            case MERGED -> "merged";
            case SPLIT -> "split";
            case APPEARED -> "birth";
            case DISSOLVED -> "death";
            case CONTINUED -> "continued";
        };
    }

    private static String list(String sign, List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, ids.size()); i++) {
            b.append(i == 0 ? "" : " ").append(sign).append(ids.get(i));
        }
        return ids.size() > LISTED ? b + " … (" + ids.size() + ")" : b.toString();
    }

    private static String join(List<Integer> numbers) {
        return String.join(" ", numbers.stream().map(String::valueOf).toList());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
