package org.crimegraph.store;

import org.crimegraph.analysis.Heartbeat;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;

/**
 * The progress of one read, counted in rows as the driver hands them over and reported once a second by a
 * {@link Heartbeat}, so that a query that sorts or aggregates before its first row is not silent meanwhile.
 * The task may change with the rows ({@link #row(String)}: one task per evidence kind); each task is
 * finished when the next begins, the last on {@link #close()}.
 */
final class RowProgress implements AutoCloseable {

    private final Monitor monitor;
    private final long total;
    private final String unit;
    private final Heartbeat heartbeat;
    private String task;
    private long rows;

    /**
     * @param task  the task until a row names another
     * @param total the rows expected, or {@link ProgressListener#UNKNOWN}
     */
    RowProgress(Monitor monitor, String task, long total, String unit) {
        this.monitor = monitor;
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.heartbeat = Heartbeat.every(monitor, this::report);
        heartbeat.touch();
    }

    /** One more row of the current task. */
    synchronized void row() {
        rows++;
    }

    /** One more row, of {@code rowTask}: a task other than the current one finishes that and begins anew. */
    synchronized void row(String rowTask) {
        if (!rowTask.equals(task)) {
            monitor.progress(task, rows, rows, unit);
            task = rowTask;
            rows = 0;
            monitor.progress(task, 0, total, unit);
        }
        rows++;
    }

    private synchronized void report() {
        if (total < 0 || rows < total) {
            monitor.progress(task, rows, total, unit);
        }
    }

    /** Stops reporting and finishes the current task with the rows read. */
    @Override
    public void close() {
        heartbeat.close();
        synchronized (this) {
            long done = Math.max(rows, total);
            monitor.progress(task, done, done, unit);
        }
    }
}
