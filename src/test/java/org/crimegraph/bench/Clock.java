package org.crimegraph.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Wall-clock and process CPU time of a task. CPU time (all threads of this JVM) is given beside wall
 * time because the benchmark machine may be shared: a single-threaded run's CPU time hardly changes
 * when other processes compete for the cores, its wall time does.
 */
final class Clock {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Clock() {
    }

    /** One timed run. */
    record Timed<T>(double wallSeconds, double cpuSeconds, T value) {
    }

    /** Runs the task once. */
    static <T> Timed<T> once(Callable<T> task) {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        T value;
        try {
            value = task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long wall = System.nanoTime() - start;
        return new Timed<>(wall / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9, value);
    }

    /**
     * Runs a short task repeatedly (one warm-up run, then up to {@code runs} timed runs or until about
     * {@code budgetSeconds} have passed) and returns the run with the median wall time. A task that takes
     * longer than the budget is run once, after the warm-up only if the warm-up was short.
     */
    static <T> Timed<T> median(Callable<T> task, int runs, double budgetSeconds) {
        Timed<T> warmUp = once(task);
        if (warmUp.wallSeconds() > budgetSeconds) {
            return warmUp;
        }
        List<Timed<T>> timed = new ArrayList<>();
        double spent = 0;
        while (timed.size() < runs && (timed.isEmpty() || spent < budgetSeconds)) {
            Timed<T> t = once(task);
            timed.add(t);
            spent += t.wallSeconds();
        }
        timed.sort(Comparator.comparingDouble(Timed::wallSeconds));
        return timed.get(timed.size() / 2);
    }

    /** The 1-minute load average (from /proc/loadavg), or "?" elsewhere. */
    static String loadAverage() {
        double load = OS.getSystemLoadAverage();
        return load < 0 ? "?" : String.format("%.1f", load);
    }
}
