package org.crimegraph.ingest;

import java.io.PrintStream;

/**
 * Periodic progress on stderr for long work: one line at most every {@code interval} milliseconds with
 * the count and rate, so that logs from scheduled runs stay readable and an analyst at a terminal sees
 * that work goes on.
 */
public final class ProgressLine {

    private final PrintStream out;
    private final String what;
    private final long intervalMillis;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();

    public ProgressLine(PrintStream out, String what, long intervalMillis) {
        this.out = out;
        this.what = what;
        this.intervalMillis = intervalMillis;
    }

    /** Reports {@code done} units so far; prints if the interval has passed. */
    public void update(long done) {
        long now = System.nanoTime();
        if ((now - lastPrinted) / 1_000_000 >= intervalMillis) {
            lastPrinted = now;
            double seconds = (now - started) / 1e9;
            out.printf("%s: %,d rows (%,.0f rows/s)%n", what, done, done / Math.max(seconds, 1e-9));
        }
    }
}
