package org.crimegraph.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
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
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.crimegraph.text.SafeText;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * The one GraphML writer: the person network of an export ({@link #write(NetworkExport, Path)}), the
 * persons and links a link query found ({@link #write(PersonNetwork, Set, Set, Map, Path)}) and a
 * subgraph of the store ({@link #write(Subgraph, Path, String, String)}), with one id rule.
 *
 * <p>An export's {@code network.graphml} is standard GraphML (validates against the GraphML
 * schema; opens in Gephi, yEd, Cytoscape, NetworkX), streamed with StAX one node and one edge at a time, so a
 * network of millions of links is never held as text or as a document tree (the layout is the one JGraphT's
 * {@link GraphMLExporter} wrote before, byte for byte).
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
    /** The id of the weight key (the one JGraphT's exporter gave it, kept for files written before). */
    private static final String WEIGHT_KEY = "edge_weight_key";
    /** Separates the items of a list in one attribute. */
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{L}\\p{N}._:\\-]");

    /**
     * Writes {@code network.graphml} into {@code dir} (which must exist), replacing a file of that name.
     *
     * @return the file written
     */
    public Path write(NetworkExport export, Path dir) throws IOException {
        List<PersonResult> nodes = NodeRow.of(export);
        Map<String, String> ids = graphMlIds(nodes);
        List<ExportColumn<PersonResult>> allNodeColumns = NodeRow.columns(export);
        List<ExportColumn<PersonResult>> nodeColumns = allNodeColumns.subList(1, allNodeColumns.size()); // id is the node id
        // source, target and weight are the edge itself
        List<ExportColumn<EdgeRow>> edgeColumns = EdgeRow.COLUMNS.stream()
                .filter(c -> !List.of("source", "target", WEIGHT).contains(c.name())).toList();
        Map<String, String> graphData = new LinkedHashMap<>();
        graphData.put(RELEASE_RULE, export.releaseRule());
        graphData.put(PATH_LENGTH, export.pathLength());
        graphData.put(RUN_ID, export.runId() == null ? "" : export.runId());

        return XmlFile.write(dir.resolve(FILE), "GraphML", xml -> {
            startGraphMl(xml);
            xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
            xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
                    GRAPHML_NS + " " + GRAPHML_NS + "/1.0/graphml.xsd");
            indent(xml, 1);
            xml.writeStartElement(GRAPHML_NS, "key");
            typedKey(xml, WEIGHT, "double", "edge", WEIGHT_KEY);
            indent(xml, 2);
            xml.writeStartElement(GRAPHML_NS, "default");
            xml.writeCharacters("1.0");
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeEndElement();
            KeyIds keys = new KeyIds();
            for (String name : graphData.keySet()) {
                emptyKey(xml, name, "string", "graph", keys.next(name, "graph"));
            }
            emptyKey(xml, LABEL, "string", "node", keys.next(LABEL, "node"));
            for (ExportColumn<PersonResult> column : nodeColumns) {
                emptyKey(xml, column.name(), graphMlType(column.type()), "node", keys.next(column.name(), "node"));
            }
            for (ExportColumn<EdgeRow> column : edgeColumns) {
                emptyKey(xml, column.name(), graphMlType(column.type()), "edge", keys.next(column.name(), "edge"));
            }
            indent(xml, 1);
            xml.writeStartElement(GRAPHML_NS, "graph");
            xml.writeAttribute("edgedefault", "undirected");
            for (Map.Entry<String, String> value : graphData.entrySet()) {
                data(xml, 2, keys.id(value.getKey(), "graph"), value.getValue());
            }
            for (PersonResult node : nodes) {
                indent(xml, 2);
                xml.writeStartElement(GRAPHML_NS, "node");
                xml.writeAttribute("id", ids.get(node.personId()));
                data(xml, 3, keys.id(LABEL, "node"), SafeText.neutralise(node.name()));
                columnData(xml, node, nodeColumns, keys, "node");
                indent(xml, 2);
                xml.writeEndElement();
            }
            for (EdgeRow edge : EdgeRow.of(export)) {
                indent(xml, 2);
                xml.writeStartElement(GRAPHML_NS, "edge");
                xml.writeAttribute("source", ids.get(edge.source()));
                xml.writeAttribute("target", ids.get(edge.target()));
                if (edge.weight() != 1.0) { // the key's default
                    data(xml, 3, WEIGHT_KEY, String.valueOf(edge.weight()));
                }
                columnData(xml, edge, edgeColumns, keys, "edge");
                indent(xml, 2);
                xml.writeEndElement();
            }
            indent(xml, 1);
            xml.writeEndElement();
            indent(xml, 0);
            xml.writeEndElement();
        });
    }

    /** The root element in the GraphML namespace. */
    private static void startGraphMl(XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(GRAPHML_NS);
        xml.writeStartElement(GRAPHML_NS, "graphml");
        xml.writeDefaultNamespace(GRAPHML_NS);
    }

    /** Key ids in declaration order ({@code key0}, {@code key1} …), per name and domain. */
    private static final class KeyIds {
        private final Map<String, String> ids = new HashMap<>();

        String next(String name, String domain) {
            String id = "key" + ids.size();
            ids.put(domain + "/" + name, id);
            return id;
        }

        String id(String name, String domain) {
            return ids.get(domain + "/" + name);
        }
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "    ".repeat(depth));
    }

    /** Attributes in the order a DOM serialiser writes them (by name), as earlier versions did. */
    private static void typedKey(XMLStreamWriter xml, String name, String type, String domain, String id)
            throws XMLStreamException {
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("id", id);
    }

    private static void emptyKey(XMLStreamWriter xml, String name, String type, String domain, String id)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeEmptyElement(GRAPHML_NS, "key");
        typedKey(xml, name, type, domain, id);
    }

    private static void data(XMLStreamWriter xml, int depth, String key, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(GRAPHML_NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** The row's non-null column values as {@code <data>}, strings neutralised ({@link SafeText}). */
    private static <R> void columnData(XMLStreamWriter xml, R row, List<ExportColumn<R>> columns, KeyIds keys,
                                       String domain) throws XMLStreamException {
        for (ExportColumn<R> column : columns) {
            Object value = column.value().apply(row);
            if (value != null) {
                data(xml, 3, keys.id(column.name(), domain), column.type() == ColumnType.STRING
                        ? SafeText.neutralise((String) value) : String.valueOf(value));
            }
        }
    }

    private static String graphMlType(ColumnType type) {
        return switch (type) {
            case INT -> "int";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
        };
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
        // the id is the node itself; source and target the edge itself
        List<ExportColumn<Entity>> entityColumns = SubgraphColumns.without(SubgraphColumns.ENTITIES, "id");
        List<ExportColumn<Relationship>> relationshipColumns = SubgraphColumns.without(SubgraphColumns.RELATIONSHIPS,
                "source", "target");
        return XmlFile.write(dir.resolve("subgraph.graphml"), "GraphML", xml -> {
            startGraphMl(xml);
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
            for (String name : List.of("type", "detail", EDGE_REPORT_IDS)) {
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
                data(xml, e, entityColumns, "");
                xml.writeEndElement();
            }
            for (Relationship r : subgraph.relationships()) {
                xml.writeStartElement(GRAPHML_NS, "edge");
                xml.writeAttribute("source", graphMlId(r.source()));
                xml.writeAttribute("target", graphMlId(r.target()));
                data(xml, r, relationshipColumns, "edge_");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** The subgraph's edge key for {@code report_ids} (a GraphML key id serves one domain here). */
    private static final String EDGE_REPORT_IDS = "edge_report_ids";

    /** A subgraph row's values as data; {@code edge_} prefixes the edge key of {@code report_ids}. */
    private static <R> void data(XMLStreamWriter xml, R row, List<ExportColumn<R>> columns, String reportIdsPrefix)
            throws XMLStreamException {
        for (ExportColumn<R> column : columns) {
            Object value = column.value().apply(row);
            String key = column.name().equals("report_ids") ? reportIdsPrefix + column.name() : column.name();
            data(xml, key, value == null ? null : String.valueOf(value));
        }
    }

    private static void key(XMLStreamWriter xml, String name, String domain) throws XMLStreamException {
        xml.writeEmptyElement(GRAPHML_NS, "key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name.equals(EDGE_REPORT_IDS) ? "report_ids" : name);
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
}
