package org.crimegraph.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr for long work, with the rate and the share of the file's bytes done. On a terminal
 * a bar redrawn in place ({@code \r}) at most five times a second; otherwise (logs of scheduled runs)
 * one line every {@code intervalMillis}, so logs stay readable.
 */
public final class ProgressLine {

    private static final int BAR = 30;

    private final PrintStream out;
    private final String what;
    private final long intervalMillis;
    private final boolean terminal;
    private final long totalBytes;
    private final String unit;
    /** Counted in units of work (the six-argument constructor): "2 of 7 formats (12 s)" rather than a rate. */
    private final boolean counted;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();
    private boolean drawn;

    /** Periodic lines, no byte total (the original form). */
    public ProgressLine(PrintStream out, String what, long intervalMillis) {
        this(out, what, intervalMillis, -1, false);
    }

    /**
     * @param totalBytes the file's size, or -1 if unknown
     * @param terminal   true to draw a bar in place
     */
    public ProgressLine(PrintStream out, String what, long intervalMillis, long totalBytes, boolean terminal) {
        this(out, what, intervalMillis, totalBytes, terminal, "rows", false);
    }

    /**
     * Progress counted in {@code unit}s (e.g. "sources" of a betweenness computation) rather than rows:
     * {@code update(done, done)} with {@code total} units shows the share done, "done of total unit" and the
     * seconds since the task began ({@code "export:  50.0% 1 of 2 formats (12 s)"}); with an unknown total,
     * "done unit" and the seconds ({@code "projection read: call: 412,000 evidence rows (38 s)"}).
     *
     * @param total the units in the whole task, or -1 if unknown
     */
    public ProgressLine(PrintStream out, String what, long intervalMillis, long total, boolean terminal, String unit) {
        this(out, what, intervalMillis, total, terminal, unit, true);
    }

    private ProgressLine(PrintStream out, String what, long intervalMillis, long total, boolean terminal, String unit,
                         boolean counted) {
        this.counted = counted;
        this.unit = unit;
        this.out = out;
        this.what = what;
        this.intervalMillis = terminal ? Math.min(intervalMillis, 200) : intervalMillis;
        this.totalBytes = total;
        this.terminal = terminal;
    }

    /** True if stderr is probably a terminal: a console is attached and TERM names one. */
    public static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    }

    /** Reports {@code done} rows so far; prints if the interval has passed. */
    public void update(long done) {
        update(done, -1);
    }

    /** Reports {@code done} rows and {@code bytes} of the file so far; prints if the interval has passed. */
    public void update(long done, long bytes) {
        long now = System.nanoTime();
        if ((now - lastPrinted) / 1_000_000 >= intervalMillis) {
            lastPrinted = now;
            print(done, bytes, now);
        }
    }

    /** Prints now whatever the interval (a keep-alive line in a log when no other task has printed lately). */
    public void show(long done, long bytes) {
        long now = System.nanoTime();
        lastPrinted = now;
        print(done, bytes, now);
    }

    /** Ends a bar drawn in place with a newline (nothing to do for periodic lines). */
    public void finish(long done, long bytes) {
        if (terminal && drawn) {
            print(done, bytes, System.nanoTime());
            out.println();
            out.flush();
        }
    }

    private void print(long done, long bytes, long now) {
        double seconds = (now - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        String share = "";
        double fraction = -1;
        if (totalBytes > 0 && bytes >= 0) {
            fraction = Math.min(1.0, bytes / (double) totalBytes);
            share = String.format(Locale.ROOT, " %5.1f%%", fraction * 100);
        }
        if (counted) {
            String count = totalBytes >= 0 ? String.format(Locale.ROOT, "%,d of %,d %s", done, totalBytes, unit)
                    : unit.equals("s") ? "under way" : String.format(Locale.ROOT, "%,d %s", done, unit);
            String bar = terminal && fraction >= 0
                    ? " [" + "#".repeat((int) Math.round(fraction * BAR)) + " ".repeat(BAR - (int) Math.round(fraction * BAR)) + "]"
                    : "";
            if (terminal) {
                out.printf(Locale.ROOT, "\r%s:%s%s %s (%,.0f s)   ", what, bar, share, count, seconds);
                out.flush();
                drawn = true;
            } else {
                out.printf(Locale.ROOT, "%s:%s %s (%,.0f s)%n", what, share, count, seconds);
            }
            return;
        }
        if (terminal) {
            String bar = "";
            if (fraction >= 0) {
                int filled = (int) Math.round(fraction * BAR);
                bar = " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "]";
            }
            out.printf(Locale.ROOT, "\r%s:%s%s %,d %s (%,.0f %s/s)   ", what, bar, share, done, unit, rate, unit);
            out.flush();
            drawn = true;
        } else {
            out.printf(Locale.ROOT, "%s:%s %,d %s (%,.0f %s/s)%n", what, share, done, unit, rate, unit);
        }
    }
}
