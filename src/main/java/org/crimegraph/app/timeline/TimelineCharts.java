package org.crimegraph.app.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.chart.Series;
import org.crimegraph.chart.SvgLineChart;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.text.SafeText;

/**
 * The charts of a timeline, as SVG files ({@code timeline --charts DIR}): the top persons' betweenness
 * rank per window ({@value #RANKS}), the network's size ({@value #SIZE}) and its centralisation, density
 * and modularity ({@value #CENTRALISATION}).
 */
public final class TimelineCharts {

    /** The top persons' betweenness rank over time. */
    public static final String RANKS = "betweenness-rank.svg";
    /** Persons, links and the largest component over time. */
    public static final String SIZE = "network-size.svg";
    /** Freeman centralisation (degree, betweenness), density and modularity over time. */
    public static final String CENTRALISATION = "centralisation.svg";

    private TimelineCharts() {
    }

    /** Writes the three charts into {@code folder} (created private if missing); returns the files written. */
    public static List<Path> write(Timeline timeline, int top, Path folder) throws IOException {
        PrivateFiles.createDirectories(folder);
        List<String> labels = timeline.windows().stream().map(w -> w.window().start()).toList();
        String xTitle = "window start (" + timeline.windows().size() + " windows)";
        Path ranks = folder.resolve(RANKS);
        PrivateFiles.writeString(ranks, ranks(timeline, top, labels, xTitle));
        Path size = folder.resolve(SIZE);
        PrivateFiles.writeString(size, new SvgLineChart("Network size per window", xTitle, "count").xLabels(labels)
                .render(List.of(line("persons", timeline, w -> w.persons()),
                        line("links", timeline, w -> w.links()),
                        line("largest component", timeline, w -> w.largestComponent()),
                        line("components", timeline, w -> w.components()))));
        Path centralisation = folder.resolve(CENTRALISATION);
        PrivateFiles.writeString(centralisation, new SvgLineChart("Centralisation, density and modularity per window",
                xTitle, "value (0 to 1)").xLabels(labels).yRange(0, 1)
                .render(List.of(line("degree centralisation (Freeman)", timeline, w -> w.degreeCentralisation()),
                        line("betweenness centralisation (Freeman)", timeline, w -> w.betweennessCentralisation()),
                        line("density", timeline, w -> w.density()),
                        line("modularity (Leiden)", timeline, w -> w.modularity()))));
        return List.of(ranks, size, centralisation);
    }

    private static String ranks(Timeline timeline, int top, List<String> labels, String xTitle) {
        List<Series> series = new ArrayList<>();
        int worst = 1;
        for (Timeline.PersonSeries p : timeline.top(VertexScore.BETWEENNESS, top)) {
            double[] x = new double[labels.size()];
            double[] y = new double[labels.size()];
            for (int w = 0; w < labels.size(); w++) {
                Integer rank = p.rank(w, VertexScore.BETWEENNESS);
                x[w] = w + 1;
                y[w] = rank == null ? Double.NaN : rank;
                worst = rank == null ? worst : Math.max(worst, rank);
            }
            series.add(new Series(p.personId() + " " + SafeText.clip(p.name(), 24), x, y));
        }
        return new SvgLineChart("Betweenness rank of the top " + series.size() + " persons per window (1 = top; "
                + "gap = absent)", xTitle, "betweenness rank").xLabels(labels).invertY().yRange(0.5, Math.max(worst, 6) + 0.5) // at least 6 ranks: whole-number ticks
                .render(series);
    }

    private static Series line(String name, Timeline timeline, ToDoubleFunction<Timeline.WindowMeasures> value) {
        int n = timeline.windows().size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int w = 0; w < n; w++) {
            x[w] = w + 1;
            y[w] = value.applyAsDouble(timeline.windows().get(w));
        }
        return new Series(name, x, y);
    }
}
