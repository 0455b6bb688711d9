package org.crimegraph.analysis;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress for a step that cannot report its own as it goes ({@link Monitor#heartbeat}): once a second, from
 * a daemon thread, the step's task with the seconds elapsed (unit "s") or with a measure of its own (bytes
 * written, rows read so far, in its unit), total {@link ProgressListener#UNKNOWN}; {@link #close()} stops it
 * and reports the task finished. {@link #every} runs any report once a second instead (a read whose task
 * changes with its rows). With {@link ProgressListener#NONE} no thread is started.
 */
public final class Heartbeat implements AutoCloseable {

    /** What a heartbeat reports instead of the seconds elapsed. */
    record Measure(LongSupplier value, String unit) {
    }

    private static final long PERIOD_MILLIS = 1_000;

    private final Runnable report;
    private final Runnable finish;
    private final ScheduledExecutorService timer;

    private Heartbeat(Runnable report, Runnable finish, boolean beat) {
        this.report = report;
        this.finish = finish;
        if (beat) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "crimegraph-heartbeat");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::beat, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    static Heartbeat start(Monitor monitor, String task, Measure measure) {
        long started = System.nanoTime();
        LongSupplier value = measure != null ? measure.value() : () -> (System.nanoTime() - started) / 1_000_000_000L;
        String unit = measure != null ? measure.unit() : "s";
        return new Heartbeat(() -> monitor.progress(task, value.getAsLong(), ProgressListener.UNKNOWN, unit),
                () -> {
                    long done = value.getAsLong();
                    monitor.progress(task, done, done, unit);
                }, monitor.listener() != ProgressListener.NONE);
    }

    /**
     * Runs {@code report} once a second until closed (nothing is reported on closing: {@code report}'s owner
     * finishes its tasks); no thread when {@code monitor} reports nowhere.
     */
    public static Heartbeat every(Monitor monitor, Runnable report) {
        return new Heartbeat(report, () -> {
        }, monitor.listener() != ProgressListener.NONE);
    }

    private void beat() {
        try {
            report.run();
        } catch (RuntimeException e) {
            // progress must never end the work it reports on
        }
    }

    /** Reports at once (without waiting for the first beat). */
    public void touch() {
        if (timer != null) {
            beat();
        }
    }

    /** Stops the heartbeat and reports the task finished. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish.run();
    }
}
