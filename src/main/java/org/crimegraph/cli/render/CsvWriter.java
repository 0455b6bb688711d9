package org.crimegraph.cli.render;

import java.io.PrintWriter;
import java.util.function.DoubleFunction;
import org.crimegraph.export.Rounding;
import org.crimegraph.text.SafeText;

/**
 * Writes CSV to a terminal or stream: a header row, then rows of cells. Text cells are made safe for
 * spreadsheets ({@link SafeText#forSpreadsheet}: visible escapes for control characters, a leading
 * {@code '} before {@code = + - @}) and quoted as RFC 4180 asks when they hold a comma, a double quote
 * or a line break (quotes doubled). Whole numbers are written as they are; other numbers through the
 * number format (default: six significant digits, {@link Rounding#CSV_DIGITS}). With a byte-order mark
 * ({@code --excel}) the output starts with U+FEFF so that Excel reads accents right.
 */
public final class CsvWriter {

    private final PrintWriter out;
    private final DoubleFunction<String> numbers;

    /** CSV with numbers rounded to {@link Rounding#CSV_DIGITS} significant digits. */
    public CsvWriter(PrintWriter out, boolean byteOrderMark) {
        this(out, byteOrderMark, value -> Rounding.text(value, Rounding.CSV_DIGITS));
    }

    /** CSV with floating-point numbers written by {@code numbers}. */
    public CsvWriter(PrintWriter out, boolean byteOrderMark, DoubleFunction<String> numbers) {
        this.out = out;
        this.numbers = numbers;
        if (byteOrderMark) {
            out.print('\uFEFF');
        }
    }

    /** Writes the header row. */
    public CsvWriter header(String... names) {
        return row((Object[]) names);
    }

    /**
     * Writes one row: {@code null} is an empty cell, a {@link String} a text cell, a {@link Double} or
     * {@link Float} goes through the number format, anything else (integers, booleans) as {@code toString}.
     */
    public CsvWriter row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        out.println(line);
        return this;
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Double || value instanceof Float) {
            return numbers.apply(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** A text cell: neutralised for spreadsheets and quoted when RFC 4180 requires it. */
    public static String text(String text) {
        String safe = SafeText.forSpreadsheet(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
