package org.crimegraph.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crimegraph.model.Grade;
import org.crimegraph.model.PersonResult;

/**
 * Writes an export in a CSV layout for IBM i2 Analyst's Notebook's data import (an import
 * specification maps columns to entities and links; the mapping is in {@code docs/exports.md}):
 *
 * <ul>
 *   <li>{@code i2-links.csv}: one row per link, the layout of i2's "entity – link – entity" import:
 *       first person's columns ({@code Entity1 Identity}, type {@code Person}, label, rank, score,
 *       articulation point), link columns (type {@code Association}, label = evidence kinds,
 *       strength, weight, date first and last seen, report ids, and the i2 intelligence grading:
 *       {@code Grade 1} = source evaluation, {@code Grade 2} = intelligence assessment,
 *       {@code Grade 3} = handling code), then the second person's columns;</li>
 *   <li>{@code i2-entities.csv}: one row per person with the same person columns, so persons without
 *       links are imported too and every person carries its scores.</li>
 * </ul>
 * The same spreadsheet safety as {@link CsvNetworkWriter} applies: every text cell that starts with
 * {@code = + - @}, tab or carriage return is prefixed with {@code '}.
 */
public final class I2CsvWriter {

    /** File name of the link table. */
    public static final String LINKS_FILE = "i2-links.csv";
    /** File name of the entity table. */
    public static final String ENTITIES_FILE = "i2-entities.csv";

    private final CsvNetworkWriter csv;

    public I2CsvWriter() {
        this(new CsvNetworkWriter());
    }

    /** Writes its tables with {@code csv} (e.g. one that adds a byte-order mark). */
    public I2CsvWriter(CsvNetworkWriter csv) {
        this.csv = csv;
    }

    /** A link row with both persons' results. */
    record LinkRow(PersonResult a, EdgeRow link, PersonResult b) {
    }

    /** Writes both files into {@code dir}; returns them, links first. */
    public List<Path> write(NetworkExport export, Path dir) throws IOException {
        Map<String, PersonResult> persons = new HashMap<>();
        export.persons().forEach(p -> persons.put(p.personId(), p));
        // a view that makes each row as it is written, as EdgeRow.of does: at a million persons a list of the
        // 5.8 million rows filled the 7 GiB heap and the export spent its time in full collections
        List<EdgeRow> edges = EdgeRow.of(export);
        List<LinkRow> links = new AbstractList<>() {
            @Override
            public LinkRow get(int index) {
                EdgeRow edge = edges.get(index);
                return new LinkRow(persons.get(edge.source()), edge, persons.get(edge.target()));
            }

            @Override
            public int size() {
                return edges.size();
            }
        };
        List<ExportColumn<LinkRow>> linkColumns = new ArrayList<>();
        for (ExportColumn<PersonResult> c : personColumns("Entity1", export)) {
            linkColumns.add(new ExportColumn<>(c.name(), c.type(), row -> c.value().apply(row.a())));
        }
        linkColumns.add(new ExportColumn<>("Link Type", ColumnType.STRING, row -> "Association"));
        linkColumns.add(new ExportColumn<>("Link Label", ColumnType.STRING,
                row -> String.join(", ", row.link().kinds()).replace('_', ' ')));
        linkColumns.add(new ExportColumn<>("Link Strength", ColumnType.STRING, row -> strength(row.link().weakestGrade())));
        linkColumns.add(new ExportColumn<>("Link Weight", ColumnType.DOUBLE, row -> row.link().weight()));
        linkColumns.add(new ExportColumn<>("Link Date First", ColumnType.STRING, row -> row.link().firstSeen()));
        linkColumns.add(new ExportColumn<>("Link Date Last", ColumnType.STRING, row -> row.link().lastSeen()));
        linkColumns.add(new ExportColumn<>("Link Evidence Count", ColumnType.INT, row -> row.link().reportIds().size()));
        linkColumns.add(new ExportColumn<>("Link Source Reference", ColumnType.STRING,
                row -> String.join(" ", row.link().reportIds())));
        linkColumns.add(new ExportColumn<>("Link Grade 1", ColumnType.STRING, row -> gradePart(row.link().weakestGrade(), 0)));
        linkColumns.add(new ExportColumn<>("Link Grade 2", ColumnType.STRING, row -> gradePart(row.link().weakestGrade(), 1)));
        linkColumns.add(new ExportColumn<>("Link Grade 3", ColumnType.STRING, row -> row.link().handling()));
        for (ExportColumn<PersonResult> c : personColumns("Entity2", export)) {
            linkColumns.add(new ExportColumn<>(c.name(), c.type(), row -> c.value().apply(row.b())));
        }
        Path linksFile = dir.resolve(LINKS_FILE);
        Path entitiesFile = dir.resolve(ENTITIES_FILE);
        csv.writeTable(linksFile, linkColumns, links);
        csv.writeTable(entitiesFile, personColumns("Entity", export), NodeRow.of(export));
        return List.of(linksFile, entitiesFile);
    }

    /** The person columns under a prefix ({@code Entity1}, {@code Entity2}, {@code Entity}). */
    private static List<ExportColumn<PersonResult>> personColumns(String prefix, NetworkExport export) {
        return Stream.<ExportColumn<PersonResult>>of(
                new ExportColumn<>(prefix + " Identity", ColumnType.STRING, PersonResult::personId),
                new ExportColumn<>(prefix + " Type", ColumnType.STRING, p -> "Person"),
                new ExportColumn<>(prefix + " Label", ColumnType.STRING, PersonResult::name),
                new ExportColumn<>(prefix + " Rank", ColumnType.INT, PersonResult::rank),
                new ExportColumn<>(prefix + " Score", ColumnType.DOUBLE, PersonResult::score),
                new ExportColumn<>(prefix + " Community", ColumnType.INT, PersonResult::community),
                new ExportColumn<>(prefix + " Key Player", ColumnType.BOOLEAN, PersonResult::keyPlayer),
                new ExportColumn<>(prefix + " Articulation Point", ColumnType.BOOLEAN, PersonResult::articulationPoint))
                .filter(c -> !c.name().endsWith(" Community") || export.hasCommunities())
                .filter(c -> !c.name().endsWith(" Key Player") || export.hasKeyPlayers())
                .toList();
    }

    /** i2 link strength from the weakest grade: Confirmed (source 1, A), Unconfirmed (D, E), else Tentative. */
    static String strength(String grade) {
        if (grade == null) {
            return "Tentative";
        }
        Grade g = Grade.parse(grade);
        String code = g.code();
        if (code.equals("1A")) {
            return "Confirmed";
        }
        char intelligence = code.charAt(1);
        return intelligence == 'D' || intelligence == 'E' ? "Unconfirmed" : "Tentative";
    }

    private static String gradePart(String grade, int index) {
        return grade == null || grade.length() < 2 ? null : String.valueOf(grade.charAt(index));
    }
}
