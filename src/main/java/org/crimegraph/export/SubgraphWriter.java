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


    private final CsvNetworkWriter csv;
    private final GraphMlWriter graphMl = new GraphMlWriter();
    private final GexfWriter gexf = new GexfWriter();

    public SubgraphWriter() {
        this(new CsvNetworkWriter());
    }

    /** Writes its CSV tables with {@code csv} (e.g. one that adds a byte-order mark). */
    public SubgraphWriter(CsvNetworkWriter csv) {
        this.csv = csv;
    }
    private final ObjectMapper json = Json.mapper();

    /** Writes the subgraph in one format into {@code dir}; returns the files written. */
    public List<Path> write(Subgraph subgraph, ExportFormat format, Path dir, String releaseRule, String scope)
            throws IOException {
        return switch (format) {
            case CSV -> {
                Path entities = dir.resolve("subgraph-entities.csv");
                Path relationships = dir.resolve("subgraph-relationships.csv");
                csv.writeTable(entities, SubgraphColumns.ENTITIES, subgraph.entities());
                csv.writeTable(relationships, SubgraphColumns.RELATIONSHIPS, subgraph.relationships());
                yield List.of(entities, relationships);
            }
            case JSON -> List.of(json(subgraph, dir, releaseRule, scope));
            case GRAPHML -> List.of(graphMl.write(subgraph, dir, releaseRule, scope));
            case GEXF -> List.of(gexf.write(subgraph, dir, releaseRule, scope));
            case I2 -> i2(subgraph, dir);
            case DL -> List.of(); // DL holds one-mode networks: the person network around the persons is network.dl
            case SVG -> List.of(); // the picture draws the person network: network.svg
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
