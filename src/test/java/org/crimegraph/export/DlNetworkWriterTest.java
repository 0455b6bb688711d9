package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crimegraph.graph.PersonLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCINET DL export, read back by a small reader of the DL edgelist1 layout (header, quoted labels,
 * then {@code i j weight} rows): every person labelled, every link with its weight in both
 * directions, nothing else.
 */
class DlNetworkWriterTest {

    @TempDir
    Path dir;

    /** What a DL file says: labels in order and a valued adjacency matrix. */
    record Dl(List<String> labels, double[][] matrix) {
        double weight(String a, String b) {
            return matrix[labels.indexOf(a)][labels.indexOf(b)];
        }
    }

    /** Reads DL "format=edgelist1" with a LABELS: section, as UCINET does (keywords in any case). */
    static Dl read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Matcher header = Pattern.compile("(?i)^dl\\s+n\\s*=\\s*(\\d+)\\s+format\\s*=\\s*edgelist1\\s*$").matcher(lines.get(0));
        assertThat(header.matches()).as("DL header: %s", lines.get(0)).isTrue();
        int n = Integer.parseInt(header.group(1));
        int i = 1;
        assertThat(lines.get(i++).toLowerCase(Locale.ROOT)).isEqualTo("labels:");
        StringBuilder labelText = new StringBuilder();
        while (!lines.get(i).toLowerCase(Locale.ROOT).equals("data:")) {
            labelText.append(lines.get(i++)).append(',');
        }
        i++;
        List<String> labels = new ArrayList<>();
        Matcher label = Pattern.compile("\"([^\"]*)\"|([^,\\s\"]+)").matcher(labelText);
        while (label.find()) {
            labels.add(label.group(1) != null ? label.group(1) : label.group(2));
        }
        assertThat(labels).hasSize(n);
        double[][] matrix = new double[n][n];
        for (; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).trim().split("\\s+");
            assertThat(cells).hasSize(3);
            int a = Integer.parseInt(cells[0]) - 1;
            int b = Integer.parseInt(cells[1]) - 1;
            assertThat(matrix[a][b]).as("row %d repeats a pair", i + 1).isZero();
            matrix[a][b] = Double.parseDouble(cells[2]);
        }
        return new Dl(labels, matrix);
    }

    @Test
    void theDlFileReadsBackAsTheNetworkWithLabelsAndWeights() throws Exception {
        NetworkExport export = ExportFixture.export();
        List<WrittenFile> files = new NetworkExporter().write(export, EnumSet.of(ExportFormat.DL), dir, Instant.EPOCH);
        assertThat(files).extracting(f -> f.path().getFileName().toString()).containsExactly("network.dl", "manifest.json");

        Dl dl = read(dir.resolve("network.dl"));
        // every person, the isolated P6 too, in nodes.csv order (by rank)
        assertThat(dl.labels()).containsExactlyElementsOf(NodeRow.of(export).stream().map(p -> p.personId()).toList());
        assertThat(dl.labels()).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5", "P6");
        int linked = 0;
        for (PersonLink link : export.network().links()) {
            assertThat(dl.weight(link.source(), link.target())).isCloseTo(link.weight(), within(1e-9));
            assertThat(dl.weight(link.target(), link.source())).isCloseTo(link.weight(), within(1e-9));
            linked++;
        }
        long nonZero = 0;
        for (double[] row : dl.matrix()) {
            for (double w : row) {
                nonZero += w != 0 ? 1 : 0;
            }
        }
        assertThat(nonZero).isEqualTo(2L * linked).isEqualTo(10);
        assertThat(dl.weight("P6", "P1")).isZero();
    }

    @Test
    void aLabelCannotBreakOutOfItsQuotes() {
        assertThat(DlNetworkWriter.label("P\"1\nX")).isEqualTo("\"P 1 X\"");
    }
}
