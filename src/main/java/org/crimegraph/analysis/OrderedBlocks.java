package org.crimegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs {@code blocks} consecutive blocks of {@code units} work items (sources, samples) on a pool of
 * threads, each with its own workspace, and hands the blocks' results to {@code combine} in block
 * order, whatever the thread count: results that are summed in floating point are therefore
 * bit-identical for any thread count. At most twice the thread count of blocks are in flight, so
 * finished results waiting for their turn stay few. Progress is reported per combined block (in
 * units); the monitor's termination is checked before each block is submitted and by the work
 * itself, and a cancellation raised in a worker is rethrown on the calling thread.
 */
final class OrderedBlocks {

    /** One block's work: units {@code lo..hi-1} with a thread's workspace. */
    @FunctionalInterface
    interface Work<W, T> {
        T run(W workspace, int lo, int hi);
    }

    private OrderedBlocks() {
    }

    /** The first unit of {@code block} when {@code units} are cut into {@code blocks} blocks. */
    static int from(int block, int blocks, int units) {
        return (int) ((long) block * units / blocks);
    }

    static <W, T> void run(String task, String unit, int units, int blocks, int threads, Supplier<W> workspace, Work<W, T> work,
                           Consumer<T> combine, Monitor monitor) {
        // a block of a large graph takes tens of seconds: the units done so far are repeated once a second
        // meanwhile, so the step is never silent (the blocks, and so the results, stay as they are)
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        Monitor counted = new Monitor(new ProgressListener() {
            @Override
            public void progress(String t, long d, long total) {
                progress(t, d, total, "steps");
            }

            @Override
            public void progress(String t, long d, long total, String u) {
                done.set(d);
                monitor.progress(t, d, total, u);
            }
        }, monitor.termination());
        try (Heartbeat beating = Heartbeat.every(monitor, () -> {
            long d = done.get();
            if (d < units) {
                monitor.progress(task, d, units, unit);
            }
        })) {
            blocks(task, unit, units, blocks, threads, workspace, work, combine, monitor.listener() == ProgressListener.NONE
                    ? monitor : counted);
        }
    }

    private static <W, T> void blocks(String task, String unit, int units, int blocks, int threads, Supplier<W> workspace,
                                      Work<W, T> work, Consumer<T> combine, Monitor monitor) {
        monitor.progress(task, 0, units, unit);
        if (threads == 1 || blocks <= 1) {
            W own = workspace.get();
            for (int b = 0; b < blocks; b++) {
                monitor.check();
                int hi = from(b + 1, blocks, units);
                combine.accept(work.run(own, from(b, blocks, units), hi));
                monitor.progress(task, hi, units, unit);
            }
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, task + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ThreadLocal<W> workspaces = ThreadLocal.withInitial(workspace);
            int window = 2 * threads;
            List<Future<T>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                if (b >= window) {
                    combine(task, unit, futures, b - window, blocks, units, combine, monitor);
                }
                monitor.check();
                int lo = from(b, blocks, units);
                int hi = from(b + 1, blocks, units);
                futures.add(pool.submit(() -> work.run(workspaces.get(), lo, hi)));
            }
            for (int b = Math.max(0, blocks - window); b < blocks; b++) {
                combine(task, unit, futures, b, blocks, units, combine, monitor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(task + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ComputationCancelledException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException(task + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> void combine(String task, String unit, List<Future<T>> futures, int b, int blocks, int units,
                                    Consumer<T> combine, Monitor monitor)
            throws InterruptedException, ExecutionException {
        combine.accept(futures.get(b).get());
        futures.set(b, null);
        monitor.progress(task, from(b + 1, blocks, units), units, unit);
    }
}
