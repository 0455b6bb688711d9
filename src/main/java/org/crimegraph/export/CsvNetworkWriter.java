package org.crimegraph.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.text.SafeText;
import org.crimegraph.files.PrivateFiles;

/**
 * Writes an export as two spreadsheet-ready CSV files (UTF-8, header row, comma-separated):
 * {@code nodes.csv} (one row per person, by rank then id; unranked persons last) and
 * {@code edges.csv} (one row per link, by source then target). Multi-valued cells (kinds, report
 * ids) are joined with {@code |}. Numbers are rounded to six significant digits
 * ({@link Rounding}; JSON keeps full precision); with {@code --excel} each file starts with a UTF-8
 * byte-order mark.
 *
 * <p>Spreadsheet safety (OWASP "CSV injection"): person names and other text come from reports and
 * may be hostile, so every text cell that starts with {@code =}, {@code +}, {@code -}, {@code @} gets
 * a leading single quote {@code '}, control and bidi-override characters are written as visible
 * escapes ({@link SafeText}), and every text cell is enclosed in double quotes. Numeric and boolean columns are written as bare numbers and are never altered, so a
 * negative number stays a number. The neutralisation changes the text: an id such as {@code -X1}
 * appears as {@code '-X1} here, but unchanged in GraphML.
 */
public final class CsvNetworkWriter {

    /** File name of the person table. */
    public static final String NODES_FILE = "nodes.csv";
    /** File name of the link table. */
    public static final String EDGES_FILE = "edges.csv";

    private final CsvMapper mapper = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build();
    private final boolean byteOrderMark;

    /** A writer of plain UTF-8 files. */
    public CsvNetworkWriter() {
        this(false);
    }

    /** @param byteOrderMark start every file with a UTF-8 byte-order mark (for Excel: {@code --excel}) */
    public CsvNetworkWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Writes {@code nodes.csv} and {@code edges.csv} into {@code dir} (which must exist), replacing
     * files of the same name.
     *
     * @return the two files written, nodes first
     */
    public List<Path> write(NetworkExport export, Path dir) throws IOException {
        Path nodes = dir.resolve(NODES_FILE);
        Path edges = dir.resolve(EDGES_FILE);
        writeTable(nodes, NodeRow.columns(export), NodeRow.of(export));
        writeTable(edges, EdgeRow.COLUMNS, EdgeRow.of(export));
        return List.of(nodes, edges);
    }

    /**
     * The text as it is written to a cell ({@link SafeText#forSpreadsheet}): control and bidi-override
     * characters as visible escapes, and a leading {@code '} if it starts with a character that makes
     * spreadsheets read it as a formula ({@code = + - @}; a leading tab or carriage return is escaped).
     */
    public static String neutralise(String text) {
        return SafeText.forSpreadsheet(text);
    }

    private static Writer bom(Writer out) throws IOException {
        out.write('\uFEFF');
        return out;
    }

    /** Writes one CSV table (header row, quoted and neutralised text cells); used by the i2 layout too. */
    <R> void writeTable(Path file, List<ExportColumn<R>> columns, List<R> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (ExportColumn<R> column : columns) {
            schema.addColumn(column.name(), switch (column.type()) {
                case INT, DOUBLE -> CsvSchema.ColumnType.NUMBER;
                case BOOLEAN -> CsvSchema.ColumnType.BOOLEAN;
                case STRING -> CsvSchema.ColumnType.STRING;
            });
        }
        try (Writer out = PrivateFiles.newWriter(file);
             SequenceWriter sequence = mapper.writer(schema.build()).writeValues(byteOrderMark ? bom(out) : out)) {
            for (R row : rows) {
                Object[] cells = new Object[columns.size()];
                for (int c = 0; c < cells.length; c++) {
                    Object value = columns.get(c).value().apply(row);
                    // an absent value is an empty cell (Jackson's array writer would drop a null and shift the row)
                    cells[c] = value == null ? "" : value instanceof String text ? neutralise(text)
                            : value instanceof Double number ? Rounding.csv(number) : value;
                }
                sequence.write(cells);
            }
        }
    }
}
