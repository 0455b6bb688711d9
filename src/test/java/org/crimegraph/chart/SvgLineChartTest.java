package org.crimegraph.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG chart is well-formed XML with one line and one legend entry per series. */
class SvgLineChartTest {

    @Test
    void rendersWellFormedSvgWithOneLinePerSeriesAndALegend() throws Exception {
        List<Series> series = List.of(
                new Series("degree", new double[] {0, 1, 2, 3}, new double[] {1, 0.8, 0.5, 0.2}),
                new Series("random <baseline> & \"co\"", new double[] {0, 1, 2, 3}, new double[] {1, 0.97, Double.NaN, 0.9}));
        String svg = new SvgLineChart("Largest component", "persons removed", "share").yRange(0, 1).render(series);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        // the NaN point splits the second series into two runs: 3 polylines in all
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
        assertThat(svg).contains("random &lt;baseline&gt; &amp; &quot;co&quot;");
        assertThat(svg).contains(">degree</text>");
        assertThat(svg).contains(">persons removed</text>");
        assertThat(svg).doesNotContain("<script").doesNotContain("href");
    }

    @Test
    void ticksAreNiceNumbers() {
        double[] unit = SvgLineChart.ticks(0, 1, 6);
        assertThat(unit).hasSize(6);
        for (int i = 0; i < unit.length; i++) {
            assertThat(unit[i]).isCloseTo(0.2 * i, org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(SvgLineChart.ticks(0, 20, 10)).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20);
    }
}
