package org.crimegraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crimegraph.model.PersonResult;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.text.SafeText;

/**
 * Writes the HTML report of a saved scoring run: what an analyst hands to an investigators'
 * briefing. One self-contained file (inline CSS and SVG, no scripts, no fonts, images or styles
 * fetched from anywhere), so it opens offline and can be printed.
 *
 * <p>Sections: the run's parameters and handling statement; the top targets with every measure and
 * the reasons; component sizes (chart); community sizes (chart) when the run has communities; the
 * key-player set when it has one; articulation points; then any {@link ReportSection}s supplied by
 * other analyses (for example removal curves). Every piece of text from the data is HTML-escaped.
 */
public final class RunReportWriter {

    /** Default number of targets in the table. */
    public static final int DEFAULT_TOP = 15;

    /**
     * At most this many components are drawn and communities listed: a national network has thousands, and the
     * report is read, not searched (every person's place is in the exports).
     */
    static final int MAX_ROWS_DRAWN = 40;

    /** At most this many names in one list (a community's members, the articulation points). */
    static final int MAX_NAMES = 50;

    /**
     * HTML-escapes text for element content and attribute values; control and bidi-override characters
     * become visible escapes first ({@link SafeText}).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return SafeText.forMarkup(text, "&#39;");
    }

    /**
     * Writes the report.
     *
     * @param run      the run
     * @param results  its per-person results, by rank
     * @param top      how many targets to list
     * @param sections extra sections, in order
     * @param file     the HTML file to write
     */
    public Path write(ScoringRunRecord run, List<PersonResult> results, int top, List<ReportSection> sections, Path file)
            throws IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>crimegraph run ").append(escape(run.runId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>Network scoring run <code>").append(escape(run.runId())).append("</code></h1>\n")
                .append("<p class=\"handling\">Handling: this report rests on ").append(escape(run.setup().releaseRule()))
                .append(". Do not release it beyond what that allows.</p></header>\n");

        List<String[]> toc = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        section(body, toc, "parameters", "Run parameters", parameters(run));
        section(body, toc, "targets", "Top targets and why", targets(run, results, top));
        section(body, toc, "components", "Connected components", components(run));
        section(body, toc, "communities", "Communities", communities(run, results));
        section(body, toc, "key-players", "Key-player set", keyPlayers(results));
        section(body, toc, "articulation-points", "Articulation points", articulationPoints(results));
        for (ReportSection extra : sections) {
            section(body, toc, extra.id(), extra.title(), extra.html());
        }
        html.append("<nav><ol>");
        for (String[] entry : toc) {
            html.append("<li><a href=\"#").append(entry[0]).append("\">").append(escape(entry[1])).append("</a></li>");
        }
        html.append("</ol></nav>\n").append(body);
        html.append("<footer>crimegraph ").append(escape(run.setup().version())).append(" · run ").append(escape(run.runId()))
                .append(run.audit().hash() == null ? "" : " · audit line " + escape(run.audit().hash()))
                .append("</footer>\n</body>\n</html>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            PrivateFiles.createDirectories(parent);
        }
        PrivateFiles.writeString(file, html);
        return file;
    }

    private static void section(StringBuilder body, List<String[]> toc, String id, String title, String content) {
        toc.add(new String[] {id, title});
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(title)).append("</h2>\n")
                .append(content).append("\n</section>\n");
    }

    private static String parameters(ScoringRunRecord run) {
        StringBuilder t = new StringBuilder("<table class=\"kv\">\n");
        row(t, "Run", run.runId());
        row(t, "Started (UTC)", run.timing().startedAt().toString());
        row(t, "Scoring took", String.format(Locale.ROOT, "%.1f s",
                Duration.between(run.timing().startedAt(), run.timing().finishedAt()).toMillis() / 1000.0));
        row(t, "crimegraph version", run.setup().version());
        row(t, "Evidence used", run.setup().releaseRule());
        row(t, "Minimum grade", run.setup().release().minGrade() == null ? "any" : run.setup().release().minGradeCode());
        row(t, "Path lengths", run.setup().pathLength());
        row(t, "Threads / seed", run.setup().threads() + " / " + run.setup().seed());
        row(t, "Scoring mode", run.setup().mode().describe());
        if (run.timing().steps() != null) {
            row(t, "Run steps", run.timing().steps().describe());
        }
        row(t, "Person network", run.input().persons() + " persons, " + run.input().links() + " links, "
                + run.input().componentSizes().size() + " components");
        StringBuilder inputs = new StringBuilder();
        run.input().inputCounts().forEach((label, count) -> inputs.append(inputs.length() == 0 ? "" : ", ")
                .append(label).append(' ').append(count));
        row(t, "Store contents", inputs.toString());
        if (run.audit().hash() != null) {
            row(t, "Audit line (SHA-256)", run.audit().hash());
        }
        return t.append("</table>").toString();
    }

    private static void row(StringBuilder t, String key, String value) {
        t.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String targets(ScoringRunRecord run, List<PersonResult> results, int top) {
        List<PersonResult> ranked = results.stream().filter(r -> r.rank() != null && r.rank() <= top).toList();
        if (ranked.isEmpty()) {
            return "<p class=\"note\">No persons were ranked in this run.</p>";
        }
        StringBuilder t = new StringBuilder("<table class=\"targets\">\n<thead><tr><th>Rank</th><th>Person</th>"
                + "<th>Score</th>");
        List<String> shown = TARGET_MEASURES.keySet().stream().filter(run.setup().measureNames()::contains).toList();
        for (String measure : shown) {
            t.append("<th>").append(escape(TARGET_MEASURES.get(measure))).append("</th>");
        }
        t.append("<th>Cut point</th><th>Key player</th><th>Community</th></tr></thead>\n<tbody>\n");
        // as many decimals as tell consecutive rows apart (the table's own rule, cli.TargetTable)
        int decimals = Rounding.scoreDecimals(ranked.stream().map(PersonResult::score).toList());
        for (PersonResult r : ranked) {
            t.append("<tr><td>").append(r.rank()).append("</td><td><strong>").append(escape(r.personId()))
                    .append("</strong> ").append(escape(r.name())).append("</td><td class=\"num\">")
                    .append(Rounding.fixed(r.score(), decimals)).append("</td>");
            for (String measure : shown) {
                Double v = r.measures().get(measure);
                t.append("<td class=\"num\">").append(v == null ? "" : v == Math.rint(v) && Math.abs(v) < 1e9
                        ? String.valueOf(v.longValue()) : Rounding.text(v, 3)).append("</td>");
            }
            t.append("<td>").append(r.articulationPoint() ? "yes" : "").append("</td><td>")
                    .append(r.keyPlayer() ? "yes" : "").append("</td><td>")
                    .append(r.community() == null ? "" : r.community()).append(unstableMark(r)).append("</td></tr>\n");
        }
        t.append("</tbody></table>\n<p class=\"note\">").append(escape(SCORE_DEFINITION)).append(". Betweenness: share "
                + "of shortest paths between others through the person; PageRank: how often a walk along the links "
                + "reaches them; strength: total weight of their links. Every measure of every person is in the "
                + "exports (docs/algorithms.md).</p>\n<h3>Reasons</h3>\n<ol class=\"reasons\">\n");
        for (PersonResult r : ranked) {
            t.append("<li value=\"").append(r.rank()).append("\"><strong>").append(escape(r.personId())).append(' ')
                    .append(escape(r.name())).append("</strong><ul>");
            if (r.reasons().isEmpty()) {
                t.append("<li class=\"note\">no reasons recorded</li>");
            }
            for (String reason : r.reasons()) {
                t.append("<li>").append(escape(reason)).append("</li>");
            }
            t.append("</ul></li>\n");
        }
        return t.append("</ol>").toString();
    }

    private static String components(ScoringRunRecord run) {
        List<Integer> sizes = run.input().componentSizes();
        List<Integer> drawn = sizes.subList(0, Math.min(sizes.size(), MAX_ROWS_DRAWN));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            labels.add("component " + i);
        }
        String rest = "";
        if (drawn.size() < sizes.size()) {
            List<Integer> others = sizes.subList(drawn.size(), sizes.size());
            rest = " The chart shows the " + drawn.size() + " largest; the other " + others.size() + " hold "
                    + others.stream().mapToLong(Integer::longValue).sum() + " persons (" + others.get(others.size() - 1)
                    + " to " + others.get(0) + " each).";
        }
        return "<p>" + sizes.size() + " connected components; the largest holds "
                + (sizes.isEmpty() ? 0 : sizes.get(0)) + " of " + run.input().persons()
                + " persons." + rest + "</p>\n" + SvgBarChart.render("component sizes", labels, drawn);
    }

    /** The measures shown in the targets table, with readable headings; the rest are in the exports. */
    static final Map<String, String> TARGET_MEASURES = new java.util.LinkedHashMap<>(Map.of());

    static {
        TARGET_MEASURES.put("betweenness", "Betweenness");
        TARGET_MEASURES.put("pagerank", "PageRank");
        TARGET_MEASURES.put("strength", "Strength");
        TARGET_MEASURES.put("degree", "Links");
    }

    /** The composite score in one line (as {@code analysis.TargetRanking.DEFINITION}). */
    static final String SCORE_DEFINITION = org.crimegraph.analysis.TargetRanking.DEFINITION;

    private static String communities(ScoringRunRecord run, List<PersonResult> results) {
        Map<Integer, List<PersonResult>> byCommunity = new TreeMap<>();
        results.stream().filter(r -> r.community() != null)
                .forEach(r -> byCommunity.computeIfAbsent(r.community(), c -> new ArrayList<>()).add(r));
        if (byCommunity.isEmpty()) {
            return "<p class=\"note\">This run has no community results.</p>";
        }
        List<Map.Entry<Integer, List<PersonResult>>> bySize = new ArrayList<>(byCommunity.entrySet());
        bySize.sort(java.util.Comparator.comparing((Map.Entry<Integer, List<PersonResult>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        int count = bySize.size();
        StringBuilder t = new StringBuilder("<p>").append(count).append(count == 1 ? " community" : " communities")
                .append(", largest first (").append(escape(run.setup().communities())).append(")")
                .append(count > MAX_ROWS_DRAWN ? "; the " + MAX_ROWS_DRAWN + " largest are listed, every membership is "
                        + "in an export's community column" : "")
                .append(". Brokers: the members "
                        + "with the highest betweenness, who link the community to the rest of the network.")
                .append(stabilityNote(results)).append("</p>\n<table class=\"communities\">\n<thead><tr><th>Community</th>"
                        + "<th>Persons</th><th>Brokers</th><th>Members</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Integer, List<PersonResult>> e : bySize.subList(0, Math.min(count, MAX_ROWS_DRAWN))) {
            List<PersonResult> members = e.getValue().stream()
                    .sorted(NodeRow.ORDER).toList();
            List<PersonResult> brokers = members.stream()
                    .filter(r -> r.measures().getOrDefault("betweenness", 0.0) > 0)
                    .sorted(java.util.Comparator.comparingDouble(
                            (PersonResult r) -> -r.measures().getOrDefault("betweenness", 0.0))).limit(2).toList();
            List<PersonResult> named = members.subList(0, Math.min(members.size(), MAX_NAMES));
            t.append("<tr><td>").append(e.getKey()).append("</td><td class=\"num\">").append(members.size())
                    .append("</td><td>").append(brokers.isEmpty() ? "none" : names(brokers)).append("</td><td>")
                    .append(names(named)).append(named.size() < members.size()
                            ? " and " + (members.size() - named.size()) + " more" : "").append("</td></tr>\n");
        }
        return t.append("</tbody></table>").toString();
    }

    private static String names(List<PersonResult> persons) {
        return persons.stream().map(p -> "<strong>" + escape(p.personId()) + "</strong> " + escape(p.name())
                        + unstableMark(p)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String stabilityNote(List<PersonResult> results) {
        if (results.stream().noneMatch(r -> r.place().communityStability() != null)) {
            return "";
        }
        List<PersonResult> unstable = results.stream().filter(r -> r.place().unstableCommunity()).toList();
        return " Stability: the share of the runs in which a person sat with the core of their community; "
                + (unstable.isEmpty() ? "every membership is stable (0.5 or more)."
                : unstable.size() + (unstable.size() == 1 ? " membership is" : " memberships are")
                + " unstable (below 0.5), marked <span class=\"unstable\">*</span>: treat these persons' community as "
                + "uncertain.");
    }

    /** After an unstable membership: an asterisk with the stability as tooltip; nothing otherwise. */
    static String unstableMark(PersonResult p) {
        Double stability = p.place().communityStability();
        return p.place().unstableCommunity() ? String.format(Locale.ROOT, "<span class=\"unstable\" title=\"unstable "
                + "membership: sat with this community in %.0f%% of the runs\">*</span>", 100 * stability) : "";
    }

    private static String keyPlayers(List<PersonResult> results) {
        List<PersonResult> players = results.stream().filter(PersonResult::keyPlayer).toList();
        if (players.isEmpty()) {
            return "<p class=\"note\">This run has no key-player set.</p>";
        }
        return personList("Removing these persons together fragments the network most:", players);
    }

    private static String articulationPoints(List<PersonResult> results) {
        List<PersonResult> points = results.stream().filter(PersonResult::articulationPoint).toList();
        if (points.isEmpty()) {
            return "<p class=\"note\">No single person's removal splits a component.</p>";
        }
        if (points.size() > MAX_NAMES) {
            List<PersonResult> first = points.stream().sorted(NodeRow.ORDER).limit(MAX_NAMES).toList();
            return personList(points.size() + " persons are articulation points: removing any one of them splits "
                    + "their component. The " + MAX_NAMES + " best ranked (every one is in an export's "
                    + "articulation_point column):", first);
        }
        return personList("Removing any one of these persons splits their component:", points);
    }

    private static String personList(String intro, List<PersonResult> persons) {
        StringBuilder list = new StringBuilder("<p>").append(escape(intro)).append("</p>\n<ul class=\"persons\">");
        for (PersonResult p : persons) {
            list.append("<li><strong>").append(escape(p.personId())).append("</strong> ").append(escape(p.name()))
                    .append(p.rank() == null ? "" : " (rank " + p.rank() + ")").append("</li>");
        }
        return list.append("</ul>").toString();
    }

    private static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #1b1f24; margin: 2em auto; max-width: 1100px; padding: 0 1em; }
            header h1 { font-size: 1.6em; margin-bottom: .2em; }
            .handling { background: #fff4e5; border-left: 4px solid #d9822b; padding: .5em .8em; }
            nav ol { columns: 2; background: #f5f7fa; padding: .6em 2em; border-radius: 4px; }
            h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 1.6em; }
            table { border-collapse: collapse; margin: .6em 0; }
            th, td { border: 1px solid #d0d7de; padding: .25em .5em; text-align: left; vertical-align: top; }
            thead th { background: #f0f3f6; }
            table.kv th { background: #f5f7fa; width: 13em; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.targets, table.communities { width: 100%; table-layout: auto; }
            section { max-width: 100%; overflow-wrap: anywhere; }
            .note { color: #57606a; font-style: italic; }
            ol.reasons > li { margin-bottom: .5em; }
            figure.network svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
            .unstable { color: #b35900; font-weight: bold; cursor: help; }
            svg.chart .bar { fill: #3572b0; }
            svg.chart .label, svg.chart .value { font: 12px system-ui, sans-serif; fill: #1b1f24; }
            footer { margin-top: 2em; color: #57606a; font-size: .85em; border-top: 1px solid #d0d7de; padding-top: .5em; }
            @media print { nav { display: none; } }
            """;
}
