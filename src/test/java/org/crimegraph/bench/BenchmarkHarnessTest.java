package org.crimegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.ingest.EdgeListFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's graph generator and report writer (not its timings: those are only measured by the runner). */
class BenchmarkHarnessTest {

    @TempDir
    Path dir;

    @Test
    void generatorGivesExactlyMDistinctEdgesMostlyInsideCommunitiesAndIsSeeded() throws IOException {
        PlantedPartitionGraph g = PlantedPartitionGraph.generate(1000, 5000, 100, 0.2, 7L);
        Set<Long> pairs = new HashSet<>();
        int inside = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            int u = g.sources()[e];
            int v = g.targets()[e];
            assertThat(u).isNotEqualTo(v);
            assertThat(pairs.add(((long) Math.min(u, v) << 32) | Math.max(u, v))).isTrue();
            if (g.community()[u] == g.community()[v]) {
                inside++;
            }
        }
        assertThat(pairs).hasSize(5000);
        // 80% drawn inside, plus the 1% of the 20% mixing draws that land inside by chance
        assertThat(inside / 5000.0).isBetween(0.78, 0.84);
        assertThat(PlantedPartitionGraph.generate(1000, 5000, 100, 0.2, 7L).sources()).isEqualTo(g.sources());
        assertThat(g.label()).isEqualTo("1k/5k");

        // the CSV the peers read is the same graph as the arrays
        Path csv = dir.resolve("g.csv");
        g.writeCsv(csv);
        IndexedGraph<String> fromFile = EdgeListFile.read(csv);
        IndexedGraph<String> fromArrays = g.indexed(g.names());
        assertThat(fromFile.edgeCount()).isEqualTo(fromArrays.edgeCount()).isEqualTo(5000);
        assertThat(fromFile.degree(fromFile.indexOf("17"))).isEqualTo(fromArrays.degree(17));
    }

    @Test
    void writesItsSectionBetweenMarkersAndLeavesOtherSectionsAlone() throws IOException {
        Path doc = dir.resolve("performance.md");
        Files.writeString(doc, "# Performance\n\n## Ingest\n\nfast\n", StandardCharsets.UTF_8);
        PerformanceReport.writeSection(doc, "first run");
        Files.writeString(doc, Files.readString(doc) + "\n## Store\n\nalso fast\n");
        PerformanceReport.writeSection(doc, "second run");
        String text = Files.readString(doc);
        assertThat(text).contains("## Ingest\n\nfast", "## Store\n\nalso fast", "second run").doesNotContain("first run");
        assertThat(text.split("## Analysis", -1)).hasSize(2);
        assertThat(text.split(PerformanceReport.BEGIN, -1)).hasSize(2);
        assertThat(text.indexOf("## Analysis")).isLessThan(text.indexOf("second run"));
        assertThat(text.indexOf("second run")).isLessThan(text.indexOf("## Store"));

        Path fresh = dir.resolve("new.md");
        PerformanceReport.writeSection(fresh, "only run");
        assertThat(Files.readString(fresh)).startsWith("# Performance").contains("## Analysis", "only run");
    }

    @Test
    void formatsSecondsAndRatiosReadably() {
        assertThat(PerformanceReport.seconds(0.00123)).isEqualTo("0.0012");
        assertThat(PerformanceReport.seconds(0.5)).isEqualTo("0.500");
        assertThat(PerformanceReport.seconds(12.345)).isEqualTo("12.35");
        assertThat(PerformanceReport.seconds(1234.5)).isEqualTo("1,235");
        assertThat(PerformanceReport.ratio(2.5)).isEqualTo("2.50");
        assertThat(PerformanceReport.ratio(61.7)).isEqualTo("62");
        assertThat(List.of(PerformanceReport.seconds(Double.NaN))).containsExactly("–");
    }
}
