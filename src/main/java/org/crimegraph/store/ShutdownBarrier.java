package org.crimegraph.store;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the embedded store's shutdown hook wait while a command unwinds after Ctrl-C: releasing the
 * run lock and removing a half-written run need the store open, and the JVM runs all shutdown hooks
 * at once. A command holds a latch here while it may be interrupted and counts it down once it has
 * closed the store; the store's hook waits for every held latch, at most {@link #MAX_WAIT}.
 */
public final class ShutdownBarrier {

    /** The longest the store's hook waits before shutting the store down anyway. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private static final Set<CountDownLatch> HELD = ConcurrentHashMap.newKeySet();

    private ShutdownBarrier() {
    }

    /** Holds the store open on shutdown until {@code latch} is counted down (or {@link #release}d). */
    public static void hold(CountDownLatch latch) {
        HELD.add(latch);
    }

    /** Stops holding. */
    public static void release(CountDownLatch latch) {
        HELD.remove(latch);
    }

    /** Waits for every held latch, at most {@link #MAX_WAIT} in all. */
    static void await() {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        for (CountDownLatch latch : HELD) {
            try {
                if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
