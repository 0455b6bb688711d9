package org.crimegraph.ingest;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.text.SafeText;

/**
 * Reads a network from an edge-list CSV file, for data from elsewhere that never goes through the store:
 * header {@code source,target} or {@code source,target,weight} (names in any case and order; other
 * columns are ignored), one link per row. The network is undirected: rows on the same pair, in either
 * direction, add up; a row joining a person to themself adds the person but no link; the weight is 1
 * when there is no weight column.
 *
 * <p>Accepted like every crimegraph CSV input ({@link CsvInputFile}): UTF-8 with or without a byte-order
 * mark, CRLF or LF, {@code ,} or {@code ;} as separator (whichever the header line has more of),
 * RFC 4180 quoting. Identifiers are trimmed and must not be empty; weights must be positive finite
 * numbers with {@code .} as decimal point (a zero or negative tie strength has no meaning, and
 * betweenness uses {@code 1/weight} as length).
 *
 * <p>Why not {@link CsvInputFile}: that reader maps each row to an {@link InputRow} for a record type
 * of the store; an edge list is no record type and can hold millions of rows. Here the rows stream
 * through Jackson's CSV parser, each identifier is interned to an int as it is read, and the edges
 * go into growable primitive arrays (16 bytes a row) handed to {@link IndexedGraph#fromEdges}: no
 * object per row, no JGraphT graph in between.
 *
 * <p>Errors: the first bad row stops the read with an {@link InputFileException} naming file, line,
 * field, value and reason; its cause is the {@link InvalidFieldException} with the field and value.
 */
public final class EdgeListFile {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final String SOURCE = "source";
    private static final String TARGET = "target";
    private static final String WEIGHT = "weight";
    private static final long PROGRESS_INTERVAL_MILLIS = 2000;

    private EdgeListFile() {
    }

    /** Reads the file into a CSR graph whose vertices are the identifiers. */
    public static IndexedGraph<String> read(Path file) {
        return read(file, null);
    }

    /**
     * Reads the file into a CSR graph whose vertices are the identifiers, printing a progress line to
     * {@code progress} every two seconds on long files (none if {@code progress} is null).
     */
    public static IndexedGraph<String> read(Path file, PrintStream progress) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file + ": no such file");
        }
        CsvInputFile.rejectBinary(file);
        EncodingCheck.Fault fault = EncodingCheck.scan(file);
        if (fault != null) {
            throw new InputFileException(file + ": line " + fault.line() + ": " + fault.reason());
        }
        Edges edges = new Edges();
        ProgressLine line = progress == null ? null : new ProgressLine(progress, file + ": edge list", PROGRESS_INTERVAL_MILLIS);
        long rowStart = 1;
        try (BufferedReader reader = CsvInputFile.utf8Reader(Files.newInputStream(file))) {
            char separator = CsvInputFile.sniffSeparator(reader);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
            try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(reader)) {
                parser.setSchema(schema);
                List<String> cells = new ArrayList<>();
                rowStart = nextRow(parser, cells);
                if (rowStart < 0) {
                    throw new InputFileException(file + ": empty file (expected the header source,target[,weight])");
                }
                Columns columns = Columns.of(file, cells);
                long rows = 0;
                while ((rowStart = nextRow(parser, cells)) >= 0) {
                    if (cells.size() == 1 && cells.get(0).isBlank()) {
                        continue;
                    }
                    try {
                        edges.add(columns.id(cells, columns.source, SOURCE), columns.id(cells, columns.target, TARGET),
                                columns.weight(cells));
                    } catch (InvalidFieldException e) {
                        throw new InputFileException(file + ": line " + rowStart + ": field " + e.field() + ": "
                                + (e.value().isEmpty() ? "" : "'" + SafeText.abbreviate(e.value(), 80) + "': ") + e.getMessage(), e);
                    }
                    rows++;
                    if (line != null && (rows & 0xffff) == 0) {
                        line.update(rows);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException(file + ": line " + rowStart + ": " + CsvInputFile.describe(e), e);
        }
        return edges.graph();
    }

    /**
     * Reads the next row's cells; returns the line where it starts, or -1 at the end of the file. The
     * parser wraps the file in one array of row arrays, so the outer array's start is skipped first.
     */
    private static long nextRow(CsvParser parser, List<String> cells) throws IOException {
        cells.clear();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inRoot()) {
            token = parser.nextToken();
        }
        if (token != JsonToken.START_ARRAY) {
            return -1;
        }
        long start = -1;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (start < 0) {
                start = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return Math.max(start, 1);
    }

    /** Where each column is, found from the header. */
    private record Columns(int source, int target, int weight, int size) {

        static Columns of(Path file, List<String> header) {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (at.put(name, i) != null && !name.isEmpty()) {
                    throw new InputFileException(file + ": line 1: the header repeats the column " + name);
                }
            }
            for (String required : List.of(SOURCE, TARGET)) {
                if (!at.containsKey(required)) {
                    throw new InputFileException(file + ": line 1: the header has no column " + required
                            + "; an edge list has the header source,target[,weight], found " + header);
                }
            }
            return new Columns(at.get(SOURCE), at.get(TARGET), at.getOrDefault(WEIGHT, -1), header.size());
        }

        String id(List<String> cells, int column, String field) throws InvalidFieldException {
            String value = column < cells.size() ? cells.get(column).strip() : "";
            if (value.isEmpty()) {
                throw new InvalidFieldException(field, "", column < cells.size()
                        ? "required value is missing" : "row has " + cells.size() + " cells but the header has " + size);
            }
            InputRow.checkText(field, value);
            return value;
        }

        double weight(List<String> cells) throws InvalidFieldException {
            if (weight < 0) {
                return 1.0;
            }
            if (weight >= cells.size()) {
                throw new InvalidFieldException(WEIGHT, "", "row has " + cells.size() + " cells but the header has " + size);
            }
            String value = cells.get(weight).strip();
            if (value.isEmpty()) {
                throw new InvalidFieldException(WEIGHT, "", "required value is missing");
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(WEIGHT, value, "not a number (use . as decimal point)");
            }
            if (!Double.isFinite(number) || number <= 0) {
                throw new InvalidFieldException(WEIGHT, value, "must be a positive finite number");
            }
            return number;
        }
    }

    /** The edges read so far: identifiers interned to ints, endpoints and weights in growable arrays. */
    private static final class Edges {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] sources = new int[1024];
        private int[] targets = new int[1024];
        private double[] weights = new double[1024];
        private int count;

        void add(String source, String target, double weight) {
            if (count == sources.length) {
                int grown = Math.max(count + 1, count + (count >> 1));
                sources = Arrays.copyOf(sources, grown);
                targets = Arrays.copyOf(targets, grown);
                weights = Arrays.copyOf(weights, grown);
            }
            sources[count] = intern(source);
            targets[count] = intern(target);
            weights[count] = weight;
            count++;
        }

        private int intern(String id) {
            Integer known = ids.get(id);
            if (known != null) {
                return known;
            }
            int next = names.size();
            ids.put(id, next);
            names.add(id);
            return next;
        }

        IndexedGraph<String> graph() {
            return IndexedGraph.fromEdges(names, sources, targets, weights, count);
        }
    }
}
