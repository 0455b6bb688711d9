package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.timeline.CommunityMatching;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.app.timeline.NetworkTimeline;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.text.SafeText;

/** The timeline for a terminal: measures per window, followed persons' ranks, entering/leaving, community changes. */
final class TimelineTable {

    private static final int LISTED = 12;

    private final NetworkTimeline.Result result;
    private final Timeline timeline;
    private final int top;

    TimelineTable(NetworkTimeline.Result result, int top) {
        this.result = result;
        this.timeline = result.timeline();
        this.top = top;
    }

    void print(PrintWriter out) {
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
                            TimelinePrinter.kind(c.kind()), c.before(), c.after(), c.jaccard(), c.members().size(),
                            list("", List.copyOf(c.members())));
                }
            }
        }
        if (!any) {
            out.println("  none");
        }
    }

    private static String list(String sign, List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, ids.size()); i++) {
            b.append(i == 0 ? "" : " ").append(sign).append(ids.get(i));
        }
        return ids.size() > LISTED ? b + " … (" + ids.size() + ")" : b.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
