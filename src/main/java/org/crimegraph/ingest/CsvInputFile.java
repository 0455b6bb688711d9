package org.crimegraph.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams the rows of one CSV input file (Jackson CSV, RFC 4180 quoting): UTF-8 with or without a
 * byte-order mark, CRLF or LF, {@code ,} or {@code ;} as separator (taken from the header line). The
 * record type comes from the header. Memory stays flat whatever the file size.
 */
public final class CsvInputFile implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path path;
    private final RecordType type;
    private final List<String> header;
    private final MappingIterator<String[]> rows;
    private final IngestContext context;

    private CsvInputFile(Path path, RecordType type, List<String> header, MappingIterator<String[]> rows,
                         IngestContext context) {
        this.path = path;
        this.type = type;
        this.header = header;
        this.rows = rows;
        this.context = context;
    }

    /** Opens a file and reads its header; fails with the file named if it is not a crimegraph CSV. */
    public static CsvInputFile open(Path path, IngestContext context) {
        if (!Files.isRegularFile(path)) {
            throw new InputFileException(path + ": no such file");
        }
        rejectBinary(path);
        try {
            BufferedReader reader = utf8Reader(path);
            char separator = sniffSeparator(reader);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
            MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
            if (!rows.hasNextValue()) {
                throw new InputFileException(path + ": empty file (expected a header row)");
            }
            String[] headerCells = rows.nextValue();
            List<String> header = java.util.Arrays.stream(headerCells).map(String::strip).toList();
            Set<String> headerSet = new LinkedHashSet<>(header);
            if (headerSet.size() != header.size()) {
                throw new InputFileException(path + ": line 1: the header repeats a column: " + header);
            }
            RecordType type = RecordType.byHeader(headerSet).orElseThrow(() -> new InputFileException(
                    path + ": line 1: unknown header " + header + "; see docs/input-formats.md for the columns of each file type"));
            return new CsvInputFile(path, type, header, rows, context);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException(path + ": " + describe(e), e);
        }
    }

    /** The record type named by the header. */
    public RecordType type() {
        return type;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /**
     * The next row, or null at the end. A row with the wrong number of cells comes back as a row whose
     * {@link InputRow#values()} is empty and whose problem is reported by {@link #cellCountProblem}.
     */
    public InputRow next() {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            long line = rows.getCurrentLocation().getLineNr();
            String[] cells = rows.nextValue();
            long startLine = Math.max(line, 2);
            if (cells.length == 1 && cells[0].isBlank()) {
                return next();
            }
            if (cells.length != header.size()) {
                return new InputRow(path.toString(), startLine, Map.of("#cells", Integer.toString(cells.length)), context);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                values.put(header.get(i), cells[i]);
            }
            return new InputRow(path.toString(), startLine, values, context);
        } catch (IOException | RuntimeException e) {
            long line = rows.getCurrentLocation().getLineNr();
            throw new InputFileException(path + ": line " + line + ": " + describe(e), e);
        }
    }

    /** If the row had the wrong number of cells, the reject for it. */
    public Reject cellCountProblem(InputRow row) {
        String cells = row.values().get("#cells");
        if (cells == null) {
            return null;
        }
        return new Reject(row.file(), row.line(), "", cells + " cells",
                "row has " + cells + " cells but the header has " + header.size());
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** A UTF-8 reader that fails on malformed bytes, positioned after any byte-order mark. */
    private static BufferedReader utf8Reader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Chooses {@code ;} or {@code ,} by counting them (outside quotes) in the header line, then rewinds. */
    private static char sniffSeparator(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        String line = reader.readLine();
        reader.reset();
        if (line == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void rejectBinary(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    throw new InputFileException(path + ": binary file (NUL bytes); expected UTF-8 CSV text");
                }
            }
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "not UTF-8 text (save the file as UTF-8)";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf("\n at [");
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
