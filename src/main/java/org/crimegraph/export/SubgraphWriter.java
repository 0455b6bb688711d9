package org.crimegraph.export;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.model.Subgraph;
import org.crimegraph.model.Subgraph.Entity;
import org.crimegraph.model.Subgraph.Relationship;

/**
 * Writes the multi-mode subgraph of {@code export --around} (persons, phones, accounts, vehicles,
 * locations, routes and events, with the relationships between them) in each chosen format, next
 * to the person-network files: {@code subgraph-entities.csv} and {@code subgraph-relationships.csv},
 * {@code subgraph.graphml} (directed, typed keys), {@code subgraph.gexf} (directed; events carry a
 * one-day spell on their date), {@code subgraph.json}, and {@code i2-subgraph-links.csv} /
 * {@code i2-subgraph-entities.csv} (entity types = kinds, link types = relationship types).
 * CSV text cells are neutralised as in {@link CsvNetworkWriter}.
 */
public final class SubgraphWriter {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String LIST_SEPARATOR = EdgeRow.LIST_SEPARATOR;

    private final CsvNetworkWriter csv;

    public SubgraphWriter() {
        this(new CsvNetworkWriter());
    }

    /** Writes its CSV tables with {@code csv} (e.g. one that adds a byte-order mark). */
    public SubgraphWriter(CsvNetworkWriter csv) {
        this.csv = csv;
    }
    private final ObjectMapper json = Json.mapper();

    private static final List<ExportColumn<Entity>> ENTITY_COLUMNS = List.of(
            new ExportColumn<>("id", ColumnType.STRING, Entity::id),
            new ExportColumn<>("kind", ColumnType.STRING, Entity::kind),
            new ExportColumn<>("key", ColumnType.STRING, Entity::key),
            new ExportColumn<>("label", ColumnType.STRING, Entity::label),
            new ExportColumn<>("time", ColumnType.STRING, Entity::time),
            new ExportColumn<>("hops", ColumnType.INT, Entity::hops),
            new ExportColumn<>("report_ids", ColumnType.STRING, e -> String.join(LIST_SEPARATOR, e.reportIds())));

    private static final List<ExportColumn<Relationship>> RELATIONSHIP_COLUMNS = List.of(
            new ExportColumn<>("source", ColumnType.STRING, Relationship::source),
            new ExportColumn<>("target", ColumnType.STRING, Relationship::target),
            new ExportColumn<>("type", ColumnType.STRING, Relationship::type),
            new ExportColumn<>("detail", ColumnType.STRING, Relationship::detail),
            new ExportColumn<>("report_ids", ColumnType.STRING, r -> String.join(LIST_SEPARATOR, r.reportIds())));

    /** Writes the subgraph in one format into {@code dir}; returns the files written. */
    public List<Path> write(Subgraph subgraph, ExportFormat format, Path dir, String releaseRule, String scope)
            throws IOException {
        return switch (format) {
            case CSV -> {
                Path entities = dir.resolve("subgraph-entities.csv");
                Path relationships = dir.resolve("subgraph-relationships.csv");
                csv.writeTable(entities, ENTITY_COLUMNS, subgraph.entities());
                csv.writeTable(relationships, RELATIONSHIP_COLUMNS, subgraph.relationships());
                yield List.of(entities, relationships);
            }
            case JSON -> List.of(json(subgraph, dir, releaseRule, scope));
            case GRAPHML -> List.of(graphMl(subgraph, dir, releaseRule, scope));
            case GEXF -> List.of(gexf(subgraph, dir, releaseRule, scope));
            case I2 -> i2(subgraph, dir);
            case DL -> List.of(); // DL holds one-mode networks: the person network around the persons is network.dl
        };
    }

    private Path json(Subgraph subgraph, Path dir, String releaseRule, String scope) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", "crimegraph-subgraph");
        root.put("version", 1);
        root.put("releaseRule", releaseRule);
        root.put("scope", scope);
        ArrayNode entities = root.putArray("entities");
        for (Entity e : subgraph.entities()) {
            ObjectNode node = entities.addObject();
            node.put("id", e.id());
            node.put("kind", e.kind());
            node.put("key", e.key());
            node.put("label", e.label());
            node.put("time", e.time());
            node.put("hops", e.hops());
            e.reportIds().forEach(node.putArray("reportIds")::add);
        }
        ArrayNode relationships = root.putArray("relationships");
        for (Relationship r : subgraph.relationships()) {
            ObjectNode rel = relationships.addObject();
            rel.put("source", r.source());
            rel.put("target", r.target());
            rel.put("type", r.type());
            rel.put("detail", r.detail());
            ArrayNode reports = rel.putArray("reportIds");
            r.reportIds().forEach(reports::add);
        }
        Path file = dir.resolve("subgraph.json");
        json.writeValue(PrivateFiles.newOutputStream(file), root);
        return file;
    }

    private static Path graphMl(Subgraph subgraph, Path dir, String releaseRule, String scope) throws IOException {
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
                xml.writeAttribute("id", GraphMlNetworkWriter.graphMlId(e.id()));
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
                xml.writeAttribute("source", GraphMlNetworkWriter.graphMlId(r.source()));
                xml.writeAttribute("target", GraphMlNetworkWriter.graphMlId(r.target()));
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

    private static Path gexf(Subgraph subgraph, Path dir, String releaseRule, String scope) throws IOException {
        String ns = GexfNetworkWriter.NAMESPACE;
        Path file = dir.resolve("subgraph.gexf");
        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            XMLStreamWriter xml = SafeXmlWriter.wrap(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ns);
            xml.writeStartElement(ns, "gexf");
            xml.writeDefaultNamespace(ns);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement(ns, "meta");
            xml.writeStartElement(ns, "creator");
            xml.writeCharacters("crimegraph");
            xml.writeEndElement();
            xml.writeStartElement(ns, "description");
            xml.writeCharacters("Release rule: " + releaseRule + ". Scope: " + scope + ".");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(ns, "graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "date");
            gexfAttributes(xml, "node", List.of("kind", "key", "hops", "report_ids"));
            gexfAttributes(xml, "edge", List.of("type", "detail", "report_ids"));
            xml.writeStartElement(ns, "nodes");
            for (Entity e : subgraph.entities()) {
                xml.writeStartElement(ns, "node");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("label", e.label());
                xml.writeStartElement(ns, "attvalues");
                gexfValue(xml, "kind", e.kind());
                gexfValue(xml, "key", e.key());
                gexfValue(xml, "hops", String.valueOf(e.hops()));
                gexfValue(xml, "report_ids", String.join(LIST_SEPARATOR, e.reportIds()));
                xml.writeEndElement();
                if (e.time() != null && e.time().length() >= 10) {
                    xml.writeStartElement(ns, "spells");
                    xml.writeEmptyElement(ns, "spell");
                    xml.writeAttribute("start", e.time().substring(0, 10));
                    xml.writeAttribute("end", e.time().substring(0, 10));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(ns, "edges");
            int id = 0;
            for (Relationship r : subgraph.relationships()) {
                xml.writeStartElement(ns, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", r.source());
                xml.writeAttribute("target", r.target());
                xml.writeStartElement(ns, "attvalues");
                gexfValue(xml, "type", r.type());
                gexfValue(xml, "detail", r.detail());
                gexfValue(xml, "report_ids", String.join(LIST_SEPARATOR, r.reportIds()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
        return file;
    }

    private static void gexfAttributes(XMLStreamWriter xml, String kind, List<String> names) throws XMLStreamException {
        String ns = GexfNetworkWriter.NAMESPACE;
        xml.writeStartElement(ns, "attributes");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("mode", "static");
        for (String name : names) {
            xml.writeEmptyElement(ns, "attribute");
            xml.writeAttribute("id", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute("type", name.equals("hops") ? "integer" : "string");
        }
        xml.writeEndElement();
    }

    private static void gexfValue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeEmptyElement(GexfNetworkWriter.NAMESPACE, "attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }

    /** A relationship with both its entities, for the i2 link table. */
    record I2Row(Entity from, Relationship relationship, Entity to) {
    }

    private List<Path> i2(Subgraph subgraph, Path dir) throws IOException {
        Map<String, Entity> byId = new HashMap<>();
        subgraph.entities().forEach(e -> byId.put(e.id(), e));
        List<I2Row> rows = new ArrayList<>();
        subgraph.relationships().forEach(r -> rows.add(new I2Row(byId.get(r.source()), r, byId.get(r.target()))));
        List<ExportColumn<I2Row>> columns = new ArrayList<>();
        for (ExportColumn<Entity> c : entityColumns("Entity1")) {
            columns.add(new ExportColumn<>(c.name(), c.type(), row -> c.value().apply(row.from())));
        }
        columns.add(new ExportColumn<>("Link Type", ColumnType.STRING, row -> row.relationship().type()));
        columns.add(new ExportColumn<>("Link Label", ColumnType.STRING, row -> row.relationship().detail() != null
                ? row.relationship().detail() : row.relationship().type().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        columns.add(new ExportColumn<>("Link Source Reference", ColumnType.STRING,
                row -> String.join(" ", row.relationship().reportIds())));
        for (ExportColumn<Entity> c : entityColumns("Entity2")) {
            columns.add(new ExportColumn<>(c.name(), c.type(), row -> c.value().apply(row.to())));
        }
        Path links = dir.resolve("i2-subgraph-links.csv");
        Path entities = dir.resolve("i2-subgraph-entities.csv");
        csv.writeTable(links, columns, rows);
        csv.writeTable(entities, entityColumns("Entity"), subgraph.entities());
        return List.of(links, entities);
    }

    private static List<ExportColumn<Entity>> entityColumns(String prefix) {
        return List.of(
                new ExportColumn<>(prefix + " Identity", ColumnType.STRING, Entity::id),
                new ExportColumn<>(prefix + " Type", ColumnType.STRING, Entity::kind),
                new ExportColumn<>(prefix + " Label", ColumnType.STRING, Entity::label),
                new ExportColumn<>(prefix + " Date", ColumnType.STRING, Entity::time),
                new ExportColumn<>(prefix + " Source Reference", ColumnType.STRING, e -> String.join(" ", e.reportIds())));
    }
}
