package org.crimegraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crimegraph.model.PersonResult;

/**
 * One person as exported: rank and composite score if ranked, every measure of the run, component,
 * community, key-player flag and articulation point. The measure columns follow the export's
 * measure names, so a new measure appears in every format without changes here.
 */
final class NodeRow {

    private NodeRow() {
    }

    /**
     * The exported fields of {@code export}: as {@link #columns(List)}, without the community column if
     * no communities were computed and without the key-player column if no key-player set was.
     */
    static List<ExportColumn<PersonResult>> columns(NetworkExport export) {
        return columns(export.measureNames()).stream()
                .filter(c -> !c.name().equals("community") || export.hasCommunities())
                .filter(c -> !c.name().startsWith("community_") || export.hasCommunityStability())
                .filter(c -> !c.name().equals("key_player") || export.hasKeyPlayers())
                .toList();
    }

    /** The exported fields, in CSV column order: id, name, rank, score, the measures, then structure. */
    static List<ExportColumn<PersonResult>> columns(List<String> measureNames) {
        List<ExportColumn<PersonResult>> columns = new ArrayList<>();
        columns.add(new ExportColumn<>("id", ColumnType.STRING, PersonResult::personId));
        columns.add(new ExportColumn<>("name", ColumnType.STRING, PersonResult::name));
        columns.add(new ExportColumn<>("rank", ColumnType.INT, PersonResult::rank));
        columns.add(new ExportColumn<>("score", ColumnType.DOUBLE, PersonResult::score));
        for (String measure : measureNames) {
            ColumnType type = (measure.equals("degree") || measure.equals("coreness")) ? ColumnType.INT : ColumnType.DOUBLE;
            columns.add(new ExportColumn<>(measure, type, p -> {
                Double value = p.measures().get(measure);
                return value == null ? null : type == ColumnType.INT ? (Object) (int) Math.round(value) : value;
            }));
        }
        columns.add(new ExportColumn<>("component", ColumnType.INT, PersonResult::component));
        columns.add(new ExportColumn<>("community", ColumnType.INT, PersonResult::community));
        columns.add(new ExportColumn<>("community_stability", ColumnType.DOUBLE, p -> p.place().communityStability()));
        columns.add(new ExportColumn<>("community_unstable", ColumnType.BOOLEAN, p -> p.place().unstableCommunity()));
        columns.add(new ExportColumn<>("key_player", ColumnType.BOOLEAN, PersonResult::keyPlayer));
        columns.add(new ExportColumn<>("articulation_point", ColumnType.BOOLEAN, PersonResult::articulationPoint));
        return List.copyOf(columns);
    }

    /** Ranked persons first by rank, then unranked persons; ties (and the unranked) by id. */
    static final Comparator<PersonResult> ORDER = Comparator
            .comparing(PersonResult::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PersonResult::personId);

    /**
     * The persons of the export, in {@link #ORDER}, or by the export's sort measure, highest first (ties in
     * {@link #ORDER}; a person without the measure last).
     */
    static List<PersonResult> of(NetworkExport export) {
        List<PersonResult> rows = new ArrayList<>(export.persons());
        String measure = export.sortMeasure();
        rows.sort(measure == null ? ORDER : Comparator.comparing((PersonResult p) -> p.measures().get(measure),
                Comparator.nullsLast(Comparator.<Double>reverseOrder())).thenComparing(ORDER));
        return rows;
    }
}
