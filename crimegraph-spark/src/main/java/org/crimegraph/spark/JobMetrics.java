package org.crimegraph.spark;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What the scoring job cost on the cluster, from Spark's own task metrics (docs/scale-out.md): tasks,
 * executor run time, shuffle written and read (treeAggregate's intermediate level), task results sent to
 * the driver, the broadcast network, and the largest executor JVM heap seen at the end of a task.
 */
public final class JobMetrics extends SparkListener {

    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong runMillis = new AtomicLong();
    private final AtomicLong shuffleWritten = new AtomicLong();
    private final AtomicLong shuffleRead = new AtomicLong();
    private final AtomicLong results = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong broadcast = new AtomicLong();
    private final AtomicLong searchNanos = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m == null) {
            return;
        }
        tasks.incrementAndGet();
        runMillis.addAndGet(m.executorRunTime());
        shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
        shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
        results.addAndGet(m.resultSize());
        if (end.taskExecutorMetrics() != null) {
            long heap = end.taskExecutorMetrics().getMetricValue("JVMHeapMemory");
            peakHeap.accumulateAndGet(heap, Math::max);
        }
    }

    /** Counts a broadcast of {@code bytes} payload. */
    void broadcast(long bytes) {
        broadcast.addAndGet(bytes);
    }

    /** Counts the wall time of one Spark action (searches plus combining), as the driver sees it. */
    void searches(long nanos) {
        searchNanos.addAndGet(nanos);
    }

    /** A snapshot. */
    public Snapshot snapshot() {
        return new Snapshot(tasks.get(), runMillis.get(), shuffleWritten.get(), shuffleRead.get(), results.get(),
                broadcast.get(), peakHeap.get(), searchNanos.get() / 1_000_000);
    }

    /**
     * @param tasks          tasks finished
     * @param runMillis      executor run time over all tasks
     * @param shuffleWritten shuffle bytes written
     * @param shuffleRead    shuffle bytes read
     * @param resultBytes    serialized task results sent to the driver
     * @param broadcastBytes payload of the broadcast network (16 bytes a link), once per broadcast
     * @param peakHeapBytes  largest executor JVM heap in use seen at a task's end (0 if Spark did not report it)
     * @param searchMillis   wall time of the Spark jobs (searches on the executors and treeAggregate), driver side
     */
    public record Snapshot(long tasks, long runMillis, long shuffleWritten, long shuffleRead, long resultBytes,
                           long broadcastBytes, long peakHeapBytes, long searchMillis) {

        /** One line for stderr and the docs' table. */
        public String describe() {
            return String.format(Locale.ROOT, "searches %.1f s wall, %d tasks, executor time %.1f s, broadcast %s, "
                            + "shuffle written %s / read %s, task results %s, peak executor heap %s", searchMillis / 1000.0,
                    tasks, runMillis / 1000.0, size(broadcastBytes), size(shuffleWritten), size(shuffleRead),
                    size(resultBytes), size(peakHeapBytes));
        }

        static String size(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1024 * 1024) {
                return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
            }
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
    }
}
