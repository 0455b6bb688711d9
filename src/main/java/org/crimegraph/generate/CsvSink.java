package org.crimegraph.generate;

import org.crimegraph.files.PrivateFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file written row by row (RFC 4180, comma-separated, LF line ends, UTF-8), private on disk. Cells
 * holding a comma, quote or line break are quoted. Nothing but the current row is kept in memory.
 */
final class CsvSink implements AutoCloseable {

    private final Path file;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean firstCell = true;
    private long rows;

    CsvSink(Path file, List<String> header) throws IOException {
        this.file = file;
        this.out = new BufferedWriter(new OutputStreamWriter(PrivateFiles.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
        for (String column : header) {
            cell(column);
        }
        out.append(line).append('\n');
        line.setLength(0);
        firstCell = true;
    }

    Path file() {
        return file;
    }

    /** Rows written so far, not counting the header. */
    long rows() {
        return rows;
    }

    /** Adds a cell to the current row; null is an empty cell. */
    CsvSink cell(String value) {
        separator();
        if (value != null) {
            if (needsQuotes(value)) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return this;
    }

    /** Adds a whole-number cell. */
    CsvSink cell(long value) {
        separator();
        line.append(value);
        return this;
    }

    /**
     * Starts a cell and returns the row being built, to append a value that needs no quoting (digits, codes,
     * identifiers) without making a string of it first.
     */
    StringBuilder raw() {
        separator();
        return line;
    }

    /** Adds a timestamp cell, {@code 2024-03-05T21:14:00Z}. */
    CsvSink instant(long epochSecond) {
        separator();
        IsoTimes.appendInstant(line, epochSecond);
        return this;
    }

    /** Ends the current row. */
    void end() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        firstCell = true;
        rows++;
    }

    private void separator() {
        if (!firstCell) {
            line.append(',');
        }
        firstCell = false;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
