package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.timeline.CommunityMatching;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.app.timeline.NetworkTimeline;
import org.crimegraph.cli.render.CsvWriter;

/** Renders a timeline ({@code crimegraph timeline}) as a table ({@link TimelineTable}), CSV or JSON ({@link TimelineJson}). */
final class TimelinePrinter {

    /** What one CSV row is. */
    enum Rows { windows, persons, communities }

    private final NetworkTimeline.Result result;
    private final Timeline timeline;
    private final int top;

    TimelinePrinter(NetworkTimeline.Result result, int top) {
        this.result = result;
        this.timeline = result.timeline();
        this.top = top;
    }

    void print(OutputFormat format, Rows rows, PrintWriter out) {
        switch (format) {
            case table -> new TimelineTable(result, top).print(out);
            case csv -> {
                switch (rows) {
                    case windows -> windowsCsv(out);
                    case persons -> personsCsv(out);
                    case communities -> communitiesCsv(out);
                }
            }
            case json -> out.println(TimelineJson.of(result));
        }
        out.flush();
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

    private static String join(List<Integer> numbers) {
        return String.join(" ", numbers.stream().map(String::valueOf).toList());
    }

}
