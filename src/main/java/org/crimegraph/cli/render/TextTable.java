package org.crimegraph.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal table with aligned, fixed-width columns, a header line and a rule of dashes under it.
 * Cells are given as text (numbers formatted by the caller, with {@code Locale.ROOT}); a cell wider than
 * its column is written whole, never cut (use {@link org.crimegraph.text.SafeText#clip} for free text such as names). Columns are
 * separated by one space unless {@link #gap} says otherwise.
 *
 * <pre>{@code
 * TextTable table = new TextTable().right("rank", 4).gap("  ").left("id", 6).left("name", 24);
 * table.printHeader(out);
 * table.printRow(out, "1", "P1", SafeText.clip(name, 24));
 * }</pre>
 */
public final class TextTable {

    private enum Align { LEFT, RIGHT }

    private record Column(String gap, String title, int width, Align align) {
    }

    private final List<Column> columns = new ArrayList<>();
    private String nextGap = "";
    private int minimumRule;

    /** Adds a left-aligned column of at least {@code width} characters (0: as wide as its text). */
    public TextTable left(String title, int width) {
        return add(title, width, Align.LEFT);
    }

    /** Adds a right-aligned column of at least {@code width} characters. */
    public TextTable right(String title, int width) {
        return add(title, width, Align.RIGHT);
    }

    /** The separator written before the next column (default: one space). */
    public TextTable gap(String gap) {
        this.nextGap = gap;
        return this;
    }

    /** The rule under the header is at least this long, even when the header is shorter. */
    public TextTable minimumRule(int length) {
        this.minimumRule = length;
        return this;
    }

    private TextTable add(String title, int width, Align align) {
        String gap = columns.isEmpty() ? "" : nextGap == null ? " " : nextGap;
        columns.add(new Column(gap, title, width, align));
        nextGap = null;
        return this;
    }

    /** The header line: every title aligned as its column. */
    public String header() {
        return line(columns.stream().map(Column::title).toArray());
    }

    /** Prints the header line and a rule of dashes as long as it. */
    public void printHeader(PrintWriter out) {
        String header = header();
        out.println(header);
        out.println("-".repeat(Math.max(header.length(), minimumRule)));
    }

    /** One row, cells in column order ({@code null} is an empty cell), without line break. */
    public String line(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            String text = cells[i] == null ? "" : cells[i].toString();
            line.append(column.gap());
            String padding = " ".repeat(Math.max(0, column.width() - text.length()));
            if (column.align() == Align.RIGHT) {
                line.append(padding).append(text);
            } else {
                line.append(text).append(padding);
            }
        }
        return line.toString();
    }

    /** Prints one row and a line break. */
    public void printRow(PrintWriter out, Object... cells) {
        out.println(line(cells));
    }
}
