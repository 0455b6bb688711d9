package org.crimegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Retained heap of a data structure: heap in use (MemoryMXBean) after full collections, with the
 * structure alive, minus the same before it was built. Anything the builder creates and drops is not
 * counted; anything the structure refers to (such as its vertex objects) is.
 */
final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    static long retainedBytes(Supplier<?> build) {
        long before = settledUsed();
        Object built = build.get();
        long after = settledUsed();
        Reference.reachabilityFence(built);
        return after - before;
    }

    private static long settledUsed() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
