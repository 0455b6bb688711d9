package org.crimegraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;

/**
 * One person as exported: scores plus, if the person was ranked, rank and composite score.
 *
 * @param id                    person id
 * @param name                  display name
 * @param rank                  target rank (1 = best), or {@code null} if the person was not ranked
 * @param score                 composite target score, or {@code null} if not ranked
 * @param degree                number of links
 * @param strength              weighted degree
 * @param betweenness           raw betweenness
 * @param betweennessNormalised normalised betweenness
 * @param pageRank              weighted PageRank
 * @param component             connected component number, 0 = largest
 * @param articulationPoint     true if removing the person splits their component
 */
record NodeRow(
        String id,
        String name,
        Integer rank,
        Double score,
        int degree,
        double strength,
        double betweenness,
        double betweennessNormalised,
        double pageRank,
        int component,
        boolean articulationPoint) {

    /** The exported fields, in CSV column order. */
    static final List<ExportColumn<NodeRow>> COLUMNS = List.of(
            new ExportColumn<>("id", ColumnType.STRING, NodeRow::id),
            new ExportColumn<>("name", ColumnType.STRING, NodeRow::name),
            new ExportColumn<>("rank", ColumnType.INT, NodeRow::rank),
            new ExportColumn<>("score", ColumnType.DOUBLE, NodeRow::score),
            new ExportColumn<>("degree", ColumnType.INT, NodeRow::degree),
            new ExportColumn<>("strength", ColumnType.DOUBLE, NodeRow::strength),
            new ExportColumn<>("betweenness", ColumnType.DOUBLE, NodeRow::betweenness),
            new ExportColumn<>("betweenness_normalised", ColumnType.DOUBLE, NodeRow::betweennessNormalised),
            new ExportColumn<>("pagerank", ColumnType.DOUBLE, NodeRow::pageRank),
            new ExportColumn<>("component", ColumnType.INT, NodeRow::component),
            new ExportColumn<>("articulation_point", ColumnType.BOOLEAN, NodeRow::articulationPoint));

    /** Ranked persons first by rank, then unranked persons; ties (and the unranked) by id. */
    static final Comparator<NodeRow> ORDER = Comparator
            .comparing(NodeRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NodeRow::id);

    /** One row per person of the export, in {@link #ORDER}. */
    static List<NodeRow> of(NetworkExport export) {
        Map<String, Target> targets = new HashMap<>();
        for (Target target : export.targets()) {
            targets.put(target.personId(), target);
        }
        List<NodeRow> rows = new ArrayList<>(export.scores().size());
        for (VertexScore<String> s : export.scores().scores()) {
            Target target = targets.get(s.vertex());
            rows.add(new NodeRow(s.vertex(), export.network().name(s.vertex()),
                    target == null ? null : target.rank(), target == null ? null : target.score(),
                    s.degree(), s.strength(), s.betweenness(), s.normalisedBetweenness(), s.pageRank(),
                    s.component(), s.articulationPoint()));
        }
        rows.sort(ORDER);
        return rows;
    }
}
