package org.crimegraph.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Named x positions and a top-down y axis (the timeline's rank chart). */
class SvgLineChartAxesTest {

    @Test
    void labelledPositionsAndATopDownAxis() {
        String svg = new SvgLineChart("ranks", "window", "rank").xLabels(List.of("2026-01-01", "2026-02-01", "2026-03-01"))
                .invertY().yRange(0.5, 6.5)
                .render(List.of(new Series("A", new double[] {1, 2, 3}, new double[] {1, 3, Double.NaN})));
        assertThat(svg).contains(">2026-01-01<", ">2026-02-01<", ">2026-03-01<").doesNotContain(">1.5<");
        // rank 1 is drawn near the top (y = 50 is the plot's top edge), rank 3 lower down
        String line = svg.substring(svg.indexOf("<polyline"), svg.indexOf("/>", svg.indexOf("<polyline")));
        String[] points = line.substring(line.indexOf("points=\"") + 8, line.lastIndexOf('"')).split(" ");
        assertThat(points).hasSize(2); // the NaN point leaves a gap
        double top = Double.parseDouble(points[0].split(",")[1]);
        double lower = Double.parseDouble(points[1].split(",")[1]);
        assertThat(top).isLessThan(lower).isLessThan(150);
        assertThat(svg).contains(">1</text>"); // the top of the axis is labelled 1
    }

    @Test
    void manyPositionsAreThinnedToAtMostEightLabels() {
        List<String> labels = new java.util.ArrayList<>();
        double[] x = new double[24];
        double[] y = new double[24];
        for (int i = 0; i < 24; i++) {
            labels.add("L" + (i + 1) + "x");
            x[i] = i + 1;
            y[i] = i;
        }
        String svg = new SvgLineChart("t", "x", "y").xLabels(labels).render(List.of(new Series("s", x, y)));
        long shown = labels.stream().filter(l -> svg.contains(">" + l + "<")).count();
        assertThat(shown).isBetween(2L, 8L);
        assertThat(svg).contains(">L1x<");
    }
}
