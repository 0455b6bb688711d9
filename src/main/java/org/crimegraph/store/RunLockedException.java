package org.crimegraph.store;

/** Another scoring run holds the store's run lock: runs on one store must not overlap. */
public class RunLockedException extends RuntimeException {

    public RunLockedException(String message) {
        super(message);
    }
}
