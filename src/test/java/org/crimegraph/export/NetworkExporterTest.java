package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.crimegraph.model.PersonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkExporterTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:26:53Z");

    @TempDir
    Path tmp;

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void writesAllFormatsAndAManifestWithCorrectHashes() throws Exception {
        Path out = tmp.resolve("exports/case-42");
        NetworkExport export = ExportFixture.export();
        List<WrittenFile> written = new NetworkExporter().write(export, EnumSet.allOf(ExportFormat.class), out, CREATED);

        assertThat(written).extracting(f -> f.path().getFileName().toString())
                .containsExactly("nodes.csv", "edges.csv", "network.graphml", "network.gexf", "network.json",
                        "i2-links.csv", "i2-entities.csv", "network.dl", "network.svg", "manifest.json");
        for (WrittenFile file : written) {
            assertThat(file.sha256()).isEqualTo(sha256(file.path()));
        }

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("created").asText()).isEqualTo("2025-03-14T09:26:53Z");
        assertThat(manifest.get("releaseRule").asText()).isEqualTo(ExportFixture.RELEASE_RULE);
        assertThat(manifest.get("pathLength").asText()).isEqualTo("1/weight, strong tie = short link");
        assertThat(manifest.get("counts").get("persons").asInt()).isEqualTo(6);
        assertThat(manifest.get("counts").get("links").asInt()).isEqualTo(5);
        assertThat(manifest.get("counts").get("ranked").asInt()).isEqualTo(6);
        assertThat(manifest.get("counts").get("components").asInt()).isEqualTo(2);
        List<String> names = new ArrayList<>();
        for (JsonNode entry : manifest.get("files")) {
            Path file = out.resolve(entry.get("name").asText());
            names.add(entry.get("name").asText());
            assertThat(entry.get("sha256").asText()).isEqualTo(sha256(file));
            assertThat(entry.get("bytes").asLong()).isEqualTo(Files.size(file));
        }
        assertThat(names).containsExactly("nodes.csv", "edges.csv", "network.graphml", "network.gexf", "network.json",
                "i2-links.csv", "i2-entities.csv", "network.dl", "network.svg");
    }

    @Test
    void writesOnlyTheChosenFormatAndIsReproducible() throws Exception {
        NetworkExport export = ExportFixture.export();
        List<WrittenFile> first = new NetworkExporter().write(export, Set.of(ExportFormat.GRAPHML), tmp.resolve("a"), CREATED);
        List<WrittenFile> second = new NetworkExporter().write(export, Set.of(ExportFormat.GRAPHML), tmp.resolve("b"), CREATED);

        assertThat(first).extracting(f -> f.path().getFileName().toString())
                .containsExactly("network.graphml", "manifest.json");
        assertThat(tmp.resolve("a/nodes.csv")).doesNotExist();
        assertThat(second).extracting(WrittenFile::sha256).isEqualTo(first.stream().map(WrittenFile::sha256).toList());
    }

    @Test
    void refusesAnExportWithoutFormatsOrWithoutAReleaseRule() throws IOException {
        NetworkExport export = ExportFixture.export();
        assertThatThrownBy(() -> new NetworkExporter().write(export, Set.of(), tmp, CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkExport(export.network(), export.persons(), export.measureNames(),
                export.componentSizes(), " ", "hops", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("release rule");
    }

    @Test
    void sortsPersonsByAMeasureAndTheManifestSaysSo() throws Exception {
        NetworkExport export = ExportFixture.export();
        assertThat(new ObjectMapper().readTree(Files.readString(writeNodes(export, ExportFixture.export().sortedBy(null),
                null, "by-rank").resolve("manifest.json"))).get("personOrder").asText())
                .isEqualTo(ExportContext.RANK_ORDER);
        Path byRank = writeNodes(export, export, null, "by-rank-csv");
        List<String> rankIds = csvIds(byRank);
        // a measure whose order differs from the composite rank's in this fixture
        String measure = export.measureNames().stream().filter(m -> !order(export, m).equals(rankIds)).findFirst()
                .orElseThrow();
        Path out = writeNodes(export, export.sortedBy(measure), measure, "by-" + measure);
        assertThat(csvIds(out)).containsExactlyElementsOf(order(export, measure)).isNotEqualTo(rankIds);
        assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("personOrder").asText())
                .isEqualTo(measure + ", highest first");
        assertThatThrownBy(() -> export.sortedBy("shoe-size")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid: score, ").hasMessageContaining("betweenness");
    }

    private static List<String> order(NetworkExport export, String measure) {
        List<PersonResult> expected = new ArrayList<>(export.persons());
        expected.sort(java.util.Comparator.comparingDouble((PersonResult p) -> -p.measures().get(measure))
                .thenComparing(p -> p.rank()).thenComparing(PersonResult::personId));
        return expected.stream().map(PersonResult::personId).toList();
    }

    private static List<String> csvIds(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("nodes.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(',')).replace("\"", "")).toList();
    }

    private Path writeNodes(NetworkExport whole, NetworkExport sorted, String sort, String folder) throws IOException {
        Path out = tmp.resolve(folder);
        ExportContext context = new ExportContext("whole person network", null, null, null, ExportAnalyses.NONE, false);
        new NetworkExporter().write(sorted, EnumSet.of(ExportFormat.CSV), out, CREATED, context);
        return out;
    }
}
