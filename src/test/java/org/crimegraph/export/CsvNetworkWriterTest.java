package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvNetworkWriterTest {

    @TempDir
    Path dir;

    private static List<Map<String, String>> read(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    private static List<String> header(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        return List.of(first.replace("\"", "").split(","));
    }

    @Test
    void writesHeadersAndOneRowPerPersonAndLink() throws IOException {
        NetworkExport export = ExportFixture.export();
        List<Path> files = new CsvNetworkWriter().write(export, dir);

        assertThat(files).containsExactly(dir.resolve("nodes.csv"), dir.resolve("edges.csv"));
        List<String> expected = new java.util.ArrayList<>(List.of("id", "name", "rank", "score"));
        expected.addAll(org.crimegraph.analysis.VertexScore.MEASURES);
        // no community detection and no key-player search ran: no such columns, rather than empty / false cells
        expected.addAll(List.of("component", "articulation_point"));
        assertThat(header(files.get(0))).containsExactlyElementsOf(expected);
        assertThat(header(files.get(1))).containsExactly("source", "target", "weight", "kinds", "evidence_count",
                "report_ids", "weakest_grade", "handling", "first_seen", "last_seen");
        List<Map<String, String>> nodes = read(files.get(0));
        List<Map<String, String>> edges = read(files.get(1));
        assertThat(nodes).hasSize(6);
        assertThat(edges).hasSize(5);

        // nodes by rank: the same order as the ranking
        assertThat(nodes).extracting(row -> row.get("rank")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(nodes).extracting(row -> row.get("id"))
                .containsExactlyElementsOf(ExportFixture.targets().stream().map(Target::personId).toList());
        Map<String, String> p3 = nodes.stream().filter(row -> row.get("id").equals("P3")).findFirst().orElseThrow();
        assertThat(p3.get("name")).isEqualTo("Carl Dunn");
        assertThat(p3.get("degree")).isEqualTo("3");
        assertThat(Double.parseDouble(p3.get("strength"))).isEqualTo(6.5);
        assertThat(p3.get("articulation_point")).isEqualTo("true");
        // numbers to six significant digits (JSON keeps full precision)
        double score = ExportFixture.targets().stream().filter(t -> t.personId().equals("P3")).findFirst()
                .orElseThrow().score();
        assertThat(p3.get("score")).isEqualTo(Rounding.text(score, 6)).hasSizeLessThanOrEqualTo(8);
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).doesNotContainPattern("[1-9]\\d{6,}")
                .doesNotContainPattern("\\.\\d{10,}");

        // edges by source, target; evidence joined with |
        assertThat(edges).extracting(row -> row.get("source") + "-" + row.get("target"))
                .containsExactly("P1-P2", "P1-P3", "P2-P3", "P3-P4", "P4-P5");
        Map<String, String> p3p4 = edges.get(3);
        assertThat(Double.parseDouble(p3p4.get("weight"))).isEqualTo(3.0);
        assertThat(p3p4.get("evidence_count")).isEqualTo("3");
        assertThat(p3p4.get("report_ids")).isEqualTo("R05|R06|R07");
        assertThat(p3p4.get("weakest_grade")).isEqualTo("3C");
        assertThat(p3p4.get("handling")).isEqualTo("P");
        assertThat(edges.get(1).get("kinds")).isEqualTo("associate|call");
    }

    @Test
    void neutralisesFormulaTextButNotNumbers() throws IOException {
        NetworkExport export = ExportFixture.exportWithNegativeStrength();
        new CsvNetworkWriter().write(export, dir);
        Path nodesFile = dir.resolve("nodes.csv");

        Map<String, String> byId = new java.util.HashMap<>();
        for (Map<String, String> row : read(nodesFile)) {
            byId.put(row.get("id"), row.get("name"));
        }
        assertThat(byId).containsEntry("P1", "'=HYPERLINK(\"http://evil.example\",\"x\")")
                .containsEntry("P2", "'+33 6 12 34 56 78")
                .containsEntry("P3", "Carl Dunn")
                .containsEntry("P4", "'-Dirk, \"the broker\"")
                .containsEntry("P5", "'@Eva Lund")
                .containsEntry("P6", "\\u0009Finn Moss"); // a control character is written as a visible escape

        String text = Files.readString(nodesFile, StandardCharsets.UTF_8);
        String p1Line = text.lines().filter(line -> line.startsWith("\"P1\"")).findFirst().orElseThrow();
        // text quoted and neutralised; the negative strength and other numbers bare
        assertThat(p1Line).startsWith("\"P1\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
        assertThat(p1Line).contains(",-2.5,").doesNotContain("'-2.5").doesNotContain("\"-2.5\"");
        assertThat(p1Line).matches(".*\",\\d+,[0-9.E-]+,\\d+,-2\\.5(,[0-9.E-]+)+,\\d+,(true|false)$");
    }

    @Test
    void communitiesAndKeyPlayersAreColumnsOnlyWhenComputed() throws IOException {
        new CsvNetworkWriter().write(ExportFixture.exportWithAnalyses(), dir);
        Path nodesFile = dir.resolve("nodes.csv");
        assertThat(header(nodesFile)).containsSubsequence("component", "community", "key_player", "articulation_point");
        Map<String, Map<String, String>> byId = new java.util.HashMap<>();
        read(nodesFile).forEach(row -> byId.put(row.get("id"), row));
        assertThat(byId.get("P3")).containsEntry("community", "0").containsEntry("key_player", "true");
        assertThat(byId.get("P5")).containsEntry("community", "1").containsEntry("key_player", "false");
        assertThat(byId.get("P6")).containsEntry("community", "2");
    }

    @Test
    void excelCsvStartsWithAByteOrderMark() throws IOException {
        new CsvNetworkWriter(true).write(ExportFixture.export(), dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("nodes.csv"));
        assertThat(java.util.Arrays.copyOf(bytes, 4)).containsExactly(0xEF, 0xBB, 0xBF, '"');
        new CsvNetworkWriter().write(ExportFixture.export(), dir);
        assertThat(Files.readAllBytes(dir.resolve("nodes.csv"))[0]).isEqualTo((byte) '"');
    }

    @Test
    void neutraliseOnlyTouchesDangerousLeadingCharacters() {
        assertThat(CsvNetworkWriter.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvNetworkWriter.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvNetworkWriter.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvNetworkWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvNetworkWriter.neutralise("\tx")).isEqualTo("\\u0009x");
        assertThat(CsvNetworkWriter.neutralise("\rx")).isEqualTo("\\u000dx");
        assertThat(CsvNetworkWriter.neutralise("Red\u001b[31m\u202eevil")).isEqualTo("Red\\u001b[31m\\u202eevil");
        assertThat(CsvNetworkWriter.neutralise("-\u0085x")).isEqualTo("'-\\u0085x");
        assertThat(CsvNetworkWriter.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvNetworkWriter.neutralise("")).isEmpty();
    }
}
