package org.crimegraph.analysis;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress for a step that cannot report its own ({@link Monitor#heartbeat}): once a second, from a daemon
 * thread, the step's task with the seconds elapsed (unit "s") or with a measure of its own (bytes written, in
 * its unit), total {@link ProgressListener#UNKNOWN}; {@link #close()} stops it and reports the task finished.
 * With {@link ProgressListener#NONE} no thread is started.
 */
public final class Heartbeat implements AutoCloseable {

    /** What a heartbeat reports instead of the seconds elapsed. */
    record Measure(LongSupplier value, String unit) {
    }

    private static final long PERIOD_MILLIS = 1_000;

    private final Monitor monitor;
    private final String task;
    private final Measure measure;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;

    private Heartbeat(Monitor monitor, String task, Measure measure, boolean beat) {
        this.monitor = monitor;
        this.task = task;
        this.measure = measure;
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
        return new Heartbeat(monitor, task, measure, monitor.listener() != ProgressListener.NONE);
    }

    private long value() {
        return measure != null ? measure.value().getAsLong() : (System.nanoTime() - started) / 1_000_000_000L;
    }

    private String unit() {
        return measure != null ? measure.unit() : "s";
    }

    private void beat() {
        try {
            monitor.progress(task, value(), ProgressListener.UNKNOWN, unit());
        } catch (RuntimeException e) {
            // progress must never end the work it reports on
        }
    }

    /** Reports the task at once (without waiting for the first beat). */
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
        long value = value();
        monitor.progress(task, value, value, unit());
    }
}
