package org.crimegraph.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.ingest.ProgressLine;

/**
 * Shows the progress of the long measures on stderr, one {@link ProgressLine} per task (a bar redrawn
 * in place on a terminal, a line every few seconds in logs; nothing for tasks that finish sooner).
 * {@code --quiet} uses {@link ProgressListener#NONE} instead.
 */
final class TerminalProgress implements ProgressListener {

    /** Interval between lines when stderr is not a terminal (system property {@code crimegraph.progress.millis}). */
    private static final long INTERVAL_MILLIS = Long.getLong("crimegraph.progress.millis", 5_000);

    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, ProgressLine> lines = new HashMap<>();

    private TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on stderr, or none when {@code quiet}. */
    static ProgressListener onStderr(boolean quiet) {
        return quiet ? ProgressListener.NONE : new TerminalProgress(System.err, ProgressLine.stderrIsTerminal());
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        ProgressLine line = lines.computeIfAbsent(task,
                t -> new ProgressLine(out, t, INTERVAL_MILLIS, total, terminal, "steps"));
        if (done >= total) {
            line.finish(done, done);
            lines.remove(task);
        } else {
            line.update(done, done);
        }
    }
}
