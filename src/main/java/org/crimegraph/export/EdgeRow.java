package org.crimegraph.export;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crimegraph.graph.PersonLink;

/**
 * One link as exported, with the evidence behind it (docs/design.md §3).
 *
 * @param source       the smaller person id
 * @param target       the larger person id
 * @param weight       tie strength
 * @param kinds        evidence kinds, sorted
 * @param reportIds    report ids, sorted
 * @param weakestGrade weakest grade of those reports, e.g. {@code 2B}
 * @param handling     most restrictive handling code, {@code P} or {@code C}
 * @param firstSeen    date (UTC) of the earliest dated evidence, e.g. {@code 2024-03-14}, or null
 * @param lastSeen     date (UTC) of the latest dated evidence, or null
 */
record EdgeRow(
        String source,
        String target,
        double weight,
        List<String> kinds,
        List<String> reportIds,
        String weakestGrade,
        String handling,
        String firstSeen,
        String lastSeen) {

    /** Separator of multi-valued cells (kinds, report ids). */
    static final String LIST_SEPARATOR = "|";

    /** The exported fields, in CSV column order. */
    static final List<ExportColumn<EdgeRow>> COLUMNS = List.of(
            new ExportColumn<>("source", ColumnType.STRING, EdgeRow::source),
            new ExportColumn<>("target", ColumnType.STRING, EdgeRow::target),
            new ExportColumn<>("weight", ColumnType.DOUBLE, EdgeRow::weight),
            new ExportColumn<>("kinds", ColumnType.STRING, row -> String.join(LIST_SEPARATOR, row.kinds())),
            new ExportColumn<>("evidence_count", ColumnType.INT, row -> row.reportIds().size()),
            new ExportColumn<>("report_ids", ColumnType.STRING, row -> String.join(LIST_SEPARATOR, row.reportIds())),
            new ExportColumn<>("weakest_grade", ColumnType.STRING, EdgeRow::weakestGrade),
            new ExportColumn<>("handling", ColumnType.STRING, EdgeRow::handling),
            new ExportColumn<>("first_seen", ColumnType.STRING, EdgeRow::firstSeen),
            new ExportColumn<>("last_seen", ColumnType.STRING, EdgeRow::lastSeen));

    public EdgeRow {
        kinds = List.copyOf(kinds);
        reportIds = List.copyOf(reportIds);
    }

    static EdgeRow of(PersonLink link) {
        return new EdgeRow(link.source(), link.target(), link.weight(), new ArrayList<>(link.kinds()),
                new ArrayList<>(link.reportIds()),
                link.weakestGrade() == null ? null : link.weakestGrade().code(),
                link.handling() == null ? null : link.handling().name(), date(link.firstSeen()), date(link.lastSeen()));
    }

    /** The UTC date of an instant, ISO format, or null. */
    static String date(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * One row per link of the export, by source then target: a view that makes each row when it is read, so
     * that a writer streaming millions of links holds only the sorted links, not a second copy of them as rows.
     */
    static List<EdgeRow> of(NetworkExport export) {
        PersonLink[] links = export.network().links().toArray(PersonLink[]::new);
        Arrays.sort(links, Comparator.comparing(PersonLink::source).thenComparing(PersonLink::target));
        return new AbstractList<>() {
            @Override
            public EdgeRow get(int index) {
                return of(links[index]);
            }

            @Override
            public int size() {
                return links.length;
            }
        };
    }
}
