package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading edge-list CSV files; each fixture is written here so its line numbers are visible. */
class EdgeListFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static double weight(IndexedGraph<String> g, String a, String b) {
        int i = g.indexOf(a);
        int j = g.indexOf(b);
        for (int k = g.start(i); k < g.end(i); k++) {
            if (g.neighbour(k) == j) {
                return g.weight(k);
            }
        }
        return 0;
    }

    @Test
    void sumsRowsOnTheSamePairDropsSelfLoopsAndDefaultsWeightToOne() throws IOException {
        Path file = write("edges.csv", String.join("\n",
                "source,target",
                "P2,P1",
                "P1,P2",
                "P1,P3",
                "P4,P4",
                ""));
        IndexedGraph<String> g = EdgeListFile.read(file);
        assertThat(g.vertices()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(weight(g, "P1", "P2")).isEqualTo(2.0);
        assertThat(weight(g, "P2", "P1")).isEqualTo(2.0);
        assertThat(weight(g, "P3", "P1")).isEqualTo(1.0);
        assertThat(g.degree(g.indexOf("P4"))).isZero();
    }

    @Test
    void readsBomCrlfSemicolonsQuotesAndHeaderInAnyCaseAndOrder() throws IOException {
        Path file = dir.resolve("edges-excel.csv");
        String text = "\uFEFFWeight;Target;Source;note\r\n"
                + "2.5;\"Smith; John\";A-1;x\r\n"
                + "0.5;A-1;\"Smith; John\";\"two\r\nlines\"\r\n"
                + "1e1; B ;A-1;\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        IndexedGraph<String> g = EdgeListFile.read(file);
        assertThat(g.vertices()).containsExactly("A-1", "B", "Smith; John");
        assertThat(weight(g, "A-1", "Smith; John")).isEqualTo(3.0);
        assertThat(weight(g, "A-1", "B")).isEqualTo(10.0);
    }

    @Test
    void namesFileLineFieldAndValueOfABadWeight() throws IOException {
        Path file = write("bad.csv", String.join("\n",
                "source,target,weight,note",
                "A,B,1,",
                "A,C,2,\"a note quoted",
                "over two lines\"",
                "B,C,heavy,"));
        assertThatThrownBy(() -> EdgeListFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + ": line 5: field weight: 'heavy': not a number (use . as decimal point)")
                .cause().isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("weight");
                    assertThat(e.value()).isEqualTo("heavy");
                });
    }

    @Test
    void rejectsNegativeZeroNanAndInfiniteWeights() throws IOException {
        for (String bad : new String[] {"-1", "0", "NaN", "Infinity"}) {
            Path file = write("w.csv", "source,target,weight\nA,B,1\nA,C," + bad + "\n");
            assertThatThrownBy(() -> EdgeListFile.read(file)).as(bad)
                    .isInstanceOf(InputFileException.class)
                    .hasMessage(file + ": line 3: field weight: '" + bad + "': must be a positive finite number");
        }
    }

    @Test
    void rejectsEmptyIdsAndMissingCells() throws IOException {
        Path emptyId = write("id.csv", "source,target\nA,B\n  ,C\n");
        assertThatThrownBy(() -> EdgeListFile.read(emptyId))
                .hasMessage(emptyId + ": line 3: field source: required value is missing");
        Path shortRow = write("short.csv", "source,target,weight\r\nA,B,1\r\nA,C\r\n");
        assertThatThrownBy(() -> EdgeListFile.read(shortRow))
                .hasMessage(shortRow + ": line 3: field weight: row has 2 cells but the header has 3");
        Path blankWeight = write("blank.csv", "source,target,weight\nA,B,\n");
        assertThatThrownBy(() -> EdgeListFile.read(blankWeight))
                .hasMessage(blankWeight + ": line 2: field weight: required value is missing");
    }

    @Test
    void rejectsWholeFilesThatAreNoEdgeList() throws IOException {
        Path noTarget = write("header.csv", "source,dest\nA,B\n");
        assertThatThrownBy(() -> EdgeListFile.read(noTarget)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(noTarget + ": line 1: the header has no column target");
        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> EdgeListFile.read(empty)).hasMessageContaining("empty file");
        assertThatThrownBy(() -> EdgeListFile.read(dir.resolve("absent.csv"))).hasMessageEndingWith("no such file");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "source,target\nJos\u00e9,B\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EdgeListFile.read(latin1)).hasMessageContaining("not UTF-8");
        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[] {'s', 0, 1, 2});
        assertThatThrownBy(() -> EdgeListFile.read(binary)).hasMessageContaining("binary");
        Path quotes = write("quotes.csv", "source,target\nA,\"B\n");
        assertThatThrownBy(() -> EdgeListFile.read(quotes)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(quotes + ": line ");
    }

    @Test
    void streamsALargeFileWithProgressAndFewDistinctIds() throws IOException {
        Path file = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("source,target,weight\n");
        int rows = 200_000;
        for (int r = 0; r < rows; r++) {
            text.append('N').append(r % 1000).append(",N").append((r * 7 + 1) % 1000).append(",0.5\n");
        }
        Files.writeString(file, text);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        IndexedGraph<String> g = EdgeListFile.read(file, new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertThat(g.vertexCount()).isEqualTo(1000);
        double total = 0;
        for (int i = 0; i < g.vertexCount(); i++) {
            total += g.strength(i);
        }
        // no row is a self-loop (6r + 1 is odd, so never a multiple of 1000): total strength is 2 * 0.5 * rows
        assertThat(total).isEqualTo(rows);
    }
}
