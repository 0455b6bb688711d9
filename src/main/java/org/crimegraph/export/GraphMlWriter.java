package org.crimegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.Subgraph;
import org.crimegraph.model.Subgraph.Entity;
import org.crimegraph.model.Subgraph.Relationship;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.crimegraph.files.PrivateFiles;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.crimegraph.text.SafeText;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The one GraphML writer: the person network of an export ({@link #write(NetworkExport, Path)}), the
 * persons and links a link query found ({@link #write(PersonNetwork, Set, Set, Map, Path)}) and a
 * subgraph of the store ({@link #write(Subgraph, Path, String, String)}), with one id rule.
 *
 * <p>An export's {@code network.graphml} is standard GraphML (validates against the GraphML
 * schema; opens in Gephi, yEd, Cytoscape, NetworkX), written with JGraphT's {@link GraphMLExporter}.
 *
 * <ul>
 *   <li>Nodes: the GraphML id is the person id; typed attributes ({@code attr.type} int, double,
 *       boolean, string) carry the same fields as {@code nodes.csv} (name, rank, score, degree, ...),
 *       plus {@code label} = name, which Gephi shows as the node label. Persons that were not ranked
 *       have no {@code rank} or {@code score} data.</li>
 *   <li>Edges: {@code weight} (tie strength; larger = stronger) and the same evidence fields as
 *       {@code edges.csv}.</li>
 *   <li>Graph: {@code release_rule} and {@code path_length}, so that the file states what it may be
 *       shared under and how path lengths were measured.</li>
 * </ul>
 * Nodes are written by rank then id, edges by source then target, so the output is deterministic.
 *
 * <p>GraphML ids must be XML name tokens (letters, digits, {@code . - _ :}). Person ids that contain
 * any other character (ingest also allows {@code /}) have each such character written as
 * {@code _xHHHH_} (its UTF-16 code in hex); two persons whose ids would collide this way make the
 * export fail rather than merge them. Text is never neutralised here: GraphML is not opened by
 * spreadsheets.
 */
public final class GraphMlWriter {

    /** File name of the GraphML file. */
    public static final String FILE = "network.graphml";
    /** Graph attribute stating the release rule. */
    public static final String RELEASE_RULE = "release_rule";
    /** Graph attribute stating how path lengths were measured. */
    public static final String PATH_LENGTH = "path_length";
    /** Graph attribute naming the saved scoring run the results come from (empty if none). */
    public static final String RUN_ID = "run_id";
    /** Node attribute holding the display name again, under the name Gephi uses for labels. */
    public static final String LABEL = "label";
    /** Edge attribute holding the weight. */
    public static final String WEIGHT = "weight";

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    /** Separates the items of a list in one attribute. */
    private static final String LIST_SEPARATOR = EdgeRow.LIST_SEPARATOR;
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{L}\\p{N}._:\\-]");

    /**
     * Writes {@code network.graphml} into {@code dir} (which must exist), replacing a file of that name.
     *
     * @return the file written
     */
    public Path write(NetworkExport export, Path dir) throws IOException {
        List<PersonResult> nodes = NodeRow.of(export);
        List<EdgeRow> edges = EdgeRow.of(export);
        Map<String, String> ids = graphMlIds(nodes);

        Graph<String, EdgeRow> graph = GraphTypeBuilder.<String, EdgeRow>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true).buildGraph();
        Map<String, PersonResult> byId = new HashMap<>();
        for (PersonResult node : nodes) {
            graph.addVertex(node.personId());
            byId.put(node.personId(), node);
        }
        for (EdgeRow edge : edges) {
            graph.addEdge(edge.source(), edge.target(), edge);
            graph.setEdgeWeight(edge, edge.weight());
        }

        GraphMLExporter<String, EdgeRow> exporter = new GraphMLExporter<>(ids::get);
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName(WEIGHT);
        // declared here; written by addGraphData, as GraphMLExporter 1.5 does not write graph data itself
        exporter.registerAttribute(RELEASE_RULE, AttributeCategory.GRAPH, AttributeType.STRING);
        exporter.registerAttribute(PATH_LENGTH, AttributeCategory.GRAPH, AttributeType.STRING);
        exporter.registerAttribute(RUN_ID, AttributeCategory.GRAPH, AttributeType.STRING);
        exporter.registerAttribute(LABEL, AttributeCategory.NODE, AttributeType.STRING);
        List<ExportColumn<PersonResult>> allNodeColumns = NodeRow.columns(export);
        List<ExportColumn<PersonResult>> nodeColumns = allNodeColumns.subList(1, allNodeColumns.size()); // id is the node id
        register(exporter, AttributeCategory.NODE, nodeColumns);
        exporter.setVertexAttributeProvider(id -> {
            PersonResult node = byId.get(id);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put(LABEL, DefaultAttribute.createAttribute(SafeText.neutralise(node.name())));
            attributes.putAll(attributes(node, nodeColumns));
            return attributes;
        });
        // source, target and weight are the edge itself
        List<ExportColumn<EdgeRow>> edgeColumns = EdgeRow.COLUMNS.stream()
                .filter(c -> !List.of("source", "target", WEIGHT).contains(c.name())).toList();
        register(exporter, AttributeCategory.EDGE, edgeColumns);
        exporter.setEdgeAttributeProvider(edge -> attributes(edge, edgeColumns));

        StringWriter xml = new StringWriter();
        try {
            exporter.exportGraph(graph, xml);
        } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        Map<String, String> graphData = new LinkedHashMap<>();
        graphData.put(RELEASE_RULE, export.releaseRule());
        graphData.put(PATH_LENGTH, export.pathLength());
        graphData.put(RUN_ID, export.runId() == null ? "" : export.runId());
        Path file = dir.resolve(FILE);
        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            addGraphData(xml.toString(), graphData, out);
        }
        return file;
    }

    /**
     * Writes the subgraph a link query found (a path, a neighbourhood, a connecting network) for Gephi
     * or yEd: the persons {@code persons} of {@code network} and the links among them that are in
     * {@code links} (pairs), to {@code file}. Nodes carry {@code label} (name) and {@code role} (e.g.
     * {@code start}, {@code end}, {@code terminal}, or empty); edges carry {@code weight} (tie strength),
     * {@code kinds}, {@code reports}, {@code weakest_grade} and {@code handling}, exactly the evidence
     * that stands under the release filter of the query.
     *
     * @param roles role per person id (others get no role)
     */
    public void write(PersonNetwork network, Set<String> persons, Set<PersonLink> links, Map<String, String> roles,
                      Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = new org.jgrapht.graph.SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        persons.stream().sorted().forEach(graph::addVertex);
        Map<DefaultWeightedEdge, PersonLink> byEdge = new LinkedHashMap<>();
        links.stream().sorted(java.util.Comparator.comparing(PersonLink::source).thenComparing(PersonLink::target))
                .forEach(link -> {
                    graph.addVertex(link.source());
                    graph.addVertex(link.target());
                    DefaultWeightedEdge e = graph.addEdge(link.source(), link.target());
                    graph.setEdgeWeight(e, link.weight());
                    byEdge.put(e, link);
                });
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(GraphMlWriter::graphMlId);
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName(WEIGHT);
        exporter.registerAttribute(LABEL, AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("role", AttributeCategory.NODE, AttributeType.STRING);
        for (String name : new String[] {"kinds", "reports", "weakest_grade", "handling"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(id -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put(LABEL, DefaultAttribute.createAttribute(SafeText.neutralise(network.name(id))));
            attributes.put("role", DefaultAttribute.createAttribute(roles.getOrDefault(id, "")));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            PersonLink link = byEdge.get(e);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("kinds", DefaultAttribute.createAttribute(String.join(";", link.kinds())));
            attributes.put("reports", DefaultAttribute.createAttribute(String.join(";", link.reportIds())));
            attributes.put("weakest_grade", DefaultAttribute.createAttribute(link.weakestGrade().code()));
            attributes.put("handling", DefaultAttribute.createAttribute(link.handling().name()));
            return attributes;
        });
        try (Writer out = PrivateFiles.newWriter(file)) {
            exporter.exportGraph(graph, out);
        } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a subgraph of the store (entities of every kind and their relationships, directed, typed
     * keys) as {@code subgraph.graphml} into {@code dir}; the graph data state {@code releaseRule} and
     * {@code scope}. Written with StAX: JGraphT's exporter has one vertex type.
     *
     * @return the file written
     */
    public Path write(Subgraph subgraph, Path dir, String releaseRule, String scope) throws IOException {
        Path file = dir.resolve("subgraph.graphml");
        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            XMLStreamWriter xml = SafeXmlWriter.wrap(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(GRAPHML_NS);
            xml.writeStartElement(GRAPHML_NS, "graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            key(xml, "release_rule", "graph");
            key(xml, "scope", "graph");
            for (String name : List.of("kind", "key", "label", "time", "report_ids")) {
                key(xml, name, "node");
            }
            xml.writeStartElement(GRAPHML_NS, "key");
            xml.writeAttribute("id", "hops");
            xml.writeAttribute("for", "node");
            xml.writeAttribute("attr.name", "hops");
            xml.writeAttribute("attr.type", "int");
            xml.writeEndElement();
            for (String name : List.of("type", "detail", "edge_report_ids")) {
                key(xml, name, "edge");
            }
            xml.writeStartElement(GRAPHML_NS, "graph");
            xml.writeAttribute("id", "subgraph");
            xml.writeAttribute("edgedefault", "directed");
            data(xml, "release_rule", releaseRule);
            data(xml, "scope", scope);
            for (Entity e : subgraph.entities()) {
                xml.writeStartElement(GRAPHML_NS, "node");
                xml.writeAttribute("id", graphMlId(e.id()));
                data(xml, "kind", e.kind());
                data(xml, "key", e.key());
                data(xml, "label", e.label());
                data(xml, "time", e.time());
                data(xml, "hops", String.valueOf(e.hops()));
                data(xml, "report_ids", String.join(LIST_SEPARATOR, e.reportIds()));
                xml.writeEndElement();
            }
            for (Relationship r : subgraph.relationships()) {
                xml.writeStartElement(GRAPHML_NS, "edge");
                xml.writeAttribute("source", graphMlId(r.source()));
                xml.writeAttribute("target", graphMlId(r.target()));
                data(xml, "type", r.type());
                data(xml, "detail", r.detail());
                data(xml, "edge_report_ids", String.join(LIST_SEPARATOR, r.reportIds()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        return file;
    }

    private static void key(XMLStreamWriter xml, String name, String domain) throws XMLStreamException {
        xml.writeEmptyElement(GRAPHML_NS, "key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name.equals("edge_report_ids") ? "report_ids" : name);
        xml.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(GRAPHML_NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * Copies the exporter's document to {@code out} with {@code <data>} elements for the given graph
     * attributes (declared as {@code <key for="graph">}) as the first children of {@code <graph>}.
     */
    private static void addGraphData(String graphMl, Map<String, String> values, OutputStream out) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(graphMl)));
            document.setXmlStandalone(true);
            String ns = document.getDocumentElement().getNamespaceURI();
            Map<String, String> keyIds = new HashMap<>();
            NodeList keys = document.getElementsByTagNameNS(ns, "key");
            for (int i = 0; i < keys.getLength(); i++) {
                Element key = (Element) keys.item(i);
                if ("graph".equals(key.getAttribute("for"))) {
                    keyIds.put(key.getAttribute("attr.name"), key.getAttribute("id"));
                }
            }
            Element graph = (Element) document.getElementsByTagNameNS(ns, "graph").item(0);
            Node first = graph.getFirstChild();
            for (Map.Entry<String, String> value : values.entrySet()) {
                Element data = document.createElementNS(ns, "data");
                data.setAttribute("key", keyIds.get(value.getKey()));
                data.setTextContent(value.getValue());
                graph.insertBefore(document.createTextNode("\n        "), first);
                graph.insertBefore(data, first);
            }
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("cannot add graph attributes to GraphML: " + e.getMessage(), e);
        }
    }

    /**
     * The GraphML id of a person id: the id itself if it is an XML name token, otherwise the id with
     * each other character written as {@code _xHHHH_}.
     */
    static String graphMlId(String personId) {
        StringBuilder id = new StringBuilder(personId.length());
        personId.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (NAME_CHAR.matcher(ch).matches()) {
                id.append(ch);
            } else {
                for (char unit : ch.toCharArray()) {
                    id.append(String.format("_x%04X_", (int) unit));
                }
            }
        });
        return id.toString();
    }

    private static Map<String, String> graphMlIds(List<PersonResult> nodes) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (PersonResult node : nodes) {
            String id = graphMlId(node.personId());
            String previous = owners.putIfAbsent(id, node.personId());
            if (previous != null) {
                throw new IllegalArgumentException("persons " + previous + " and " + node.personId()
                        + " would share the GraphML id " + id);
            }
            ids.put(node.personId(), id);
        }
        return ids;
    }

    private static <R> void register(GraphMLExporter<?, ?> exporter, AttributeCategory category,
                                     List<ExportColumn<R>> columns) {
        for (ExportColumn<R> column : columns) {
            exporter.registerAttribute(column.name(), category, switch (column.type()) {
                case INT -> AttributeType.INT;
                case DOUBLE -> AttributeType.DOUBLE;
                case BOOLEAN -> AttributeType.BOOLEAN;
                case STRING -> AttributeType.STRING;
            });
        }
    }

    private static <R> Map<String, Attribute> attributes(R row, List<ExportColumn<R>> columns) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (ExportColumn<R> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                continue;
            }
            attributes.put(column.name(), switch (column.type()) {
                case INT -> DefaultAttribute.createAttribute((Integer) value);
                case DOUBLE -> DefaultAttribute.createAttribute((Double) value);
                case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) value);
                case STRING -> DefaultAttribute.createAttribute(SafeText.neutralise((String) value));
            });
        }
        return attributes;
    }
}
