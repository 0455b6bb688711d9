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
 * record type comes from the header, or is forced ({@code --type}): then the header must hold the type's
 * columns and other columns are ignored. Memory stays flat whatever the file size.
 */
final class CsvInputFile extends StreamedInputFile {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final RecordType type;
    private final List<String> header;
    private final MappingIterator<String[]> rows;

    private CsvInputFile(Path path, RecordType type, List<String> header, MappingIterator<String[]> rows,
                         IngestContext context, CountingInputStream counter, long size, EncodingCheck.Fault fault) {
        super(path, context, counter, size, fault);
        this.type = type;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Opens a file and reads its header; fails with the file named if it is not a crimegraph CSV.
     *
     * @param forcedType the type to read the file as, or null to recognise it from the header
     */
    static CsvInputFile open(Path path, IngestContext context, RecordType forcedType) {
        EncodingCheck.Fault fault = checkedFile(path);
        try {
            long size = Files.size(path);
            CountingInputStream counter = new CountingInputStream(EncodingCheck.upTo(Files.newInputStream(path), fault));
            BufferedReader reader = utf8Reader(counter);
            char separator = sniffSeparator(reader);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
            MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
            if (!rows.hasNextValue()) {
                throw new InputFileException(path + ": empty file (expected a header row)");
            }
            String[] headerCells = rows.nextValue();
            List<String> header = java.util.Arrays.stream(headerCells).map(String::strip).toList();
            Set<String> headerSet = new LinkedHashSet<>(header);
            RecordType type;
            if (forcedType != null) {
                Set<String> absent = new LinkedHashSet<>(forcedType.columns());
                absent.removeAll(headerSet);
                if (!absent.isEmpty()) {
                    throw new InputFileException(path + ": line 1: read as " + forcedType.fileName()
                            + " (--type), but the header lacks " + absent + "; header is " + header);
                }
                type = forcedType;
            } else {
                type = RecordType.byHeader(headerSet).orElseThrow(() -> new InputFileException(path
                        + ": line 1: unknown header " + header
                        + RecordType.suggestion(header).map(s -> "; " + s).orElse("")
                        + "; see docs/input-formats.md for the columns of each file type, or force one with --type"));
            }
            if (headerSet.size() != header.size()) {
                throw new InputFileException(path + ": line 1: the header repeats a column: " + header);
            }
            return new CsvInputFile(path, type, header, rows, context, counter, size, fault);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException(path + ": " + describe(e), e);
        }
    }

    /** The record type named by the header. */
    RecordType type() {
        return type;
    }

    @Override
    public String kind() {
        return type.fileName();
    }

    @Override
    public int loadOrder() {
        return type.ordinal();
    }

    /**
     * The next record, or null at the end. A structural error (a quote left open, broken encoding) is
     * the file's last record: a reject with field {@code structure} at the line where the broken row
     * starts; the rows before it load, the rest of the file does not.
     */
    @Override
    InputRecord read() {
        InputRow row;
        try {
            row = nextRow();
        } catch (StructureException e) {
            return brokenOff(e.line, e.getMessage() + (fault == null ? "" : "; " + fault.reason()));
        }
        if (row == null) {
            return atEnd();
        }
        Reject problem = cellCountProblem(row);
        return problem != null
                ? new InputRecord(row.line(), List.of(), problem)
                : new InputRecord(row.line(), List.of(new TypedRow(type, row, "")), null);
    }

    /**
     * The next row, or null at the end. A row with the wrong number of cells comes back as a row whose
     * only value is {@code #cells} and whose problem is reported by {@link #cellCountProblem}.
     */
    private InputRow nextRow() {
        long rowStart = rows.getCurrentLocation().getLineNr();
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            long line = rows.getCurrentLocation().getLineNr();
            rowStart = line;
            String[] cells = rows.nextValue();
            long startLine = Math.max(line, 2);
            if (cells.length == 1 && cells[0].isBlank()) {
                return nextRow();
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
            throw new StructureException(Math.max(rowStart, 2), describe(e));
        }
    }

    /** The reject that ends a file at a structural error. */
    static InputRecord structureReject(Path path, long line, String reason) {
        return new InputRecord(line, List.of(), new Reject(path.toString(), line, STRUCTURE, "",
                reason + "; the file is not loaded from this line on"));
    }

    /** The field a structural reject names. */
    static final String STRUCTURE = "structure";

    /**
     * The file's first encoding fault (see {@link EncodingCheck}), or null; a fault in the header line
     * fails the whole file, as it leaves nothing to read.
     */
    static EncodingCheck.Fault checkEncoding(Path path) {
        EncodingCheck.Fault fault = EncodingCheck.scan(path);
        if (fault != null && fault.line() == 1) {
            throw new InputFileException(path + ": line 1: " + fault.reason());
        }
        return fault;
    }

    /** The parser cannot go on: the row starting at {@code line} is broken. */
    private static final class StructureException extends RuntimeException {
        final long line;

        StructureException(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** If the row had the wrong number of cells, the reject for it. */
    private Reject cellCountProblem(InputRow row) {
        String cells = row.values().get("#cells");
        if (cells == null) {
            return null;
        }
        return new Reject(row.file(), row.line(), "", cells + " cells",
                "row has " + cells + " cells but the header has " + header.size());
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            // reading is over; nothing to lose
        }
    }

    /** A UTF-8 reader that fails on malformed bytes, positioned after any byte-order mark. */
    static BufferedReader utf8Reader(InputStream in) throws IOException {
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
    static char sniffSeparator(BufferedReader reader) throws IOException {
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

    static void rejectBinary(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    throw new InputFileException(path + ": binary file (NUL bytes); expected UTF-8 text (CSV or JSON Lines)");
                }
            }
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    static String describe(Throwable e) {
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
