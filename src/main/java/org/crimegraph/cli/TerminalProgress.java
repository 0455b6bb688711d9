package org.crimegraph.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.ingest.ProgressLine;

/**
 * Shows the progress of long work on stderr, one {@link ProgressLine} per task, counted in the task's unit
 * ("evidence rows", "persons", "formats"; "steps" when the caller names none): a bar redrawn in place on a
 * terminal, a line every few seconds in logs. In a log the interval is shared: the task reporting when no line
 * has been printed for the interval prints one, so a run of short tasks is not silent either, and a command
 * that finishes within the interval prints nothing. {@code --quiet} uses {@link ProgressListener#NONE} instead.
 */
final class TerminalProgress implements ProgressListener {

    /** Interval between lines when stderr is not a terminal (system property {@code crimegraph.progress.millis}). */
    private static final long INTERVAL_MILLIS = Long.getLong("crimegraph.progress.millis", 5_000);

    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, ProgressLine> lines = new HashMap<>();
    private long lastLine = System.nanoTime();

    private TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on stderr, or none when {@code quiet}. */
    static ProgressListener onStderr(boolean quiet) {
        return quiet ? ProgressListener.NONE : new TerminalProgress(System.err, ProgressLine.stderrIsTerminal());
    }

    @Override
    public void progress(String task, long done, long total) {
        progress(task, done, total, "steps");
    }

    @Override
    public synchronized void progress(String task, long done, long total, String unit) {
        ProgressLine line = lines.computeIfAbsent(task,
                t -> new ProgressLine(out, t, INTERVAL_MILLIS, total, terminal, unit));
        boolean finished = total >= 0 && done >= total;
        long now = System.nanoTime();
        if (!terminal) {
            if ((now - lastLine) / 1_000_000 >= INTERVAL_MILLIS) {
                line.show(done, done);
                lastLine = now;
            }
        } else if (finished) {
            line.finish(done, done);
        } else {
            line.update(done, done);
        }
        if (finished) {
            lines.remove(task);
        }
    }
}
