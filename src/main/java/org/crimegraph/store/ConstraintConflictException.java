package org.crimegraph.store;

/**
 * A write transaction was refused because it would have created a second node with a key another
 * transaction created first; nothing of the transaction was written.
 */
public final class ConstraintConflictException extends RuntimeException {

    public ConstraintConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
