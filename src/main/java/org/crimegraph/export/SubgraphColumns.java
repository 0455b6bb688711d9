package org.crimegraph.export;

import java.util.List;
import org.crimegraph.model.Subgraph.Entity;
import org.crimegraph.model.Subgraph.Relationship;

/**
 * The fields of a subgraph's entities and relationships, in the order every subgraph format writes
 * them: the CSV tables' columns, and the attributes of the GraphML and GEXF files (less what those
 * formats write as the node or edge itself).
 */
final class SubgraphColumns {

    private static final String LIST_SEPARATOR = EdgeRow.LIST_SEPARATOR;

    static final List<ExportColumn<Entity>> ENTITIES = List.of(
            new ExportColumn<>("id", ColumnType.STRING, Entity::id),
            new ExportColumn<>("kind", ColumnType.STRING, Entity::kind),
            new ExportColumn<>("key", ColumnType.STRING, Entity::key),
            new ExportColumn<>("label", ColumnType.STRING, Entity::label),
            new ExportColumn<>("time", ColumnType.STRING, Entity::time),
            new ExportColumn<>("hops", ColumnType.INT, Entity::hops),
            new ExportColumn<>("report_ids", ColumnType.STRING, e -> String.join(LIST_SEPARATOR, e.reportIds())));

    static final List<ExportColumn<Relationship>> RELATIONSHIPS = List.of(
            new ExportColumn<>("source", ColumnType.STRING, Relationship::source),
            new ExportColumn<>("target", ColumnType.STRING, Relationship::target),
            new ExportColumn<>("type", ColumnType.STRING, Relationship::type),
            new ExportColumn<>("detail", ColumnType.STRING, Relationship::detail),
            new ExportColumn<>("report_ids", ColumnType.STRING, r -> String.join(LIST_SEPARATOR, r.reportIds())));

    private SubgraphColumns() {
    }

    /** {@code columns} without those named. */
    static <R> List<ExportColumn<R>> without(List<ExportColumn<R>> columns, String... names) {
        List<String> left = List.of(names);
        return columns.stream().filter(c -> !left.contains(c.name())).toList();
    }
}
