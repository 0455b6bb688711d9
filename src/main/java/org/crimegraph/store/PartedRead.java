package org.crimegraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * The reads of {@link GraphStore#forEachInParts}: one thread per part runs the statement with its
 * {@code part} and maps the rows; the calling thread takes the mapped values in batches from a bounded
 * queue. When the consumer fails (a cancelled command, an error), the reads stop at their next row; when a
 * read fails, the consumer stops and the read's failure is thrown.
 */
final class PartedRead<T> {

    private static final int BATCH = 1_000;

    /** What a part's thread puts last: its failure, or none. */
    private record End(RuntimeException failure) {
    }

    /** Thrown inside a read to end it when the other side stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final GraphStore store;
    private final String statementName;
    private final int parts;
    private final Function<Record, T> mapper;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private volatile boolean stopped;

    PartedRead(GraphStore store, String statementName, int parts, Function<Record, T> mapper) {
        this.store = store;
        this.statementName = statementName;
        this.parts = parts;
        this.mapper = mapper;
    }

    void deliverTo(Consumer<T> consumer) {
        List<Thread> threads = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            long p = part;
            Thread thread = new Thread(() -> read(p), "crimegraph-read-" + statementName + "-" + part);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        RuntimeException failure = null;
        int ended = 0;
        try {
            while (ended < parts) {
                Object item = queue.take();
                if (item instanceof End end) {
                    ended++;
                    if (end.failure() != null && failure == null) {
                        failure = end.failure();
                        stopped = true;
                    }
                } else if (failure == null) {
                    @SuppressWarnings("unchecked")
                    List<T> batch = (List<T>) item;
                    batch.forEach(consumer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("interrupted while reading " + statementName, e);
        } catch (RuntimeException | Error e) {
            stopped = true;
            drain(threads);
            throw e;
        }
        if (failure != null) {
            drain(threads);
            throw failure;
        }
    }

    private void read(long part) {
        RuntimeException failure = null;
        try {
            var batch = new Object() {
                List<T> rows = new ArrayList<>(BATCH);
            };
            store.forEach(statementName, Map.of("part", part, "parts", (long) parts), r -> {
                if (stopped) {
                    throw new Stopped();
                }
                T value = mapper.apply(r);
                if (value != null) {
                    batch.rows.add(value);
                    if (batch.rows.size() == BATCH) {
                        put(batch.rows);
                        batch.rows = new ArrayList<>(BATCH);
                    }
                }
            });
            if (!batch.rows.isEmpty()) {
                put(batch.rows);
            }
        } catch (Stopped e) {
            // the other side stopped: nothing to say
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            put(new End(failure));
        }
    }

    private void put(Object item) {
        try {
            while (!stopped || item instanceof End) {
                if (queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            throw new Stopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** After a failure: empties the queue until every read has ended, so that none waits on a full queue. */
    private void drain(List<Thread> threads) {
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                queue.clear();
                try {
                    thread.join(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        queue.clear();
    }
}
