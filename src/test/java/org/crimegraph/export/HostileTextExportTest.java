package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.text.SafeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Control and bidi-override characters in names (a store loaded before ingest refused them) give valid
 * GraphML and GEXF and neutralised CSV, JSON and HTML; a failed export leaves nothing in the folder.
 */
class HostileTextExportTest {

    @TempDir
    Path dir;

    static final String ESC_NAME = "Red\u001b[31m Alert\u0000";
    static final String BIDI_NAME = "Ali\u202eevil\u2066x\u0085";

    static NetworkExport hostileExport() {
        PersonNetwork base = ExportFixture.network();
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : base.graph().vertexSet()) {
            names.put(id, base.name(id));
        }
        names.put("P1", ESC_NAME);
        names.put("P3", BIDI_NAME);
        List<PersonLink> links = new ArrayList<>(base.links());
        return ExportFixture.export(PersonNetwork.of(names, links), ExportFixture.RELEASE_RULE);
    }

    @Test
    void everyFormatIsValidAndHoldsNoUnsafeCharacter() throws Exception {
        Path out = dir.resolve("out");
        List<WrittenFile> files = new NetworkExporter().write(hostileExport(), EnumSet.allOf(ExportFormat.class), out,
                Instant.EPOCH);
        assertThat(files).isNotEmpty();
        for (WrittenFile file : files) {
            assertThat(file.path().getParent()).isEqualTo(out.toAbsolutePath().normalize());
            String text = Files.readString(file.path(), StandardCharsets.UTF_8);
            // layout (tab, line breaks) aside, nothing unsafe is written
            assertThat(SafeText.firstUnsafe(text, true)).as(file.path().toString()).isEqualTo(-1);
            String name = file.path().getFileName().toString();
            if (name.endsWith(".graphml") || name.endsWith(".gexf")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
                assertThat(text).as(name).contains("Red\\u001b[31m Alert\\u0000").contains("Ali\\u202eevil\\u2066x\\u0085");
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void theHtmlReportEscapesThemToo() {
        assertThat(RunReportWriter.escape("<b>" + ESC_NAME)).isEqualTo("&lt;b&gt;Red\\u001b[31m Alert\\u0000");
    }

    @Test
    void aFailedExportLeavesNoPartialFileAndNoManifest() throws IOException {
        NetworkExport export = hostileExport();
        Path out = dir.resolve("failing");
        Files.createDirectories(out.resolve("nodes.csv"));
        Files.writeString(out.resolve("nodes.csv").resolve("keep.txt"), "a folder where nodes.csv should go");
        Files.writeString(out.resolve(ExportManifest.FILE), "{\"an\": \"older manifest\"}");
        assertThatThrownBy(() -> new NetworkExporter().write(export, Set.of(ExportFormat.CSV), out, Instant.EPOCH))
                .isInstanceOf(IOException.class);
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        assertThatThrownBy(() -> new NetworkExporter().write(export, Set.of(ExportFormat.CSV), blocked, Instant.EPOCH))
                .isInstanceOf(IOException.class);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left")
                    .containsExactlyInAnyOrder("failing", "blocked");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no manifest, no partial file")
                    .containsExactly("nodes.csv");
        }
    }
}
