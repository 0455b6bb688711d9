package org.crimegraph.store;

/** The graph store cannot be opened or reached: wrong URI, bad credentials, server down, or a locked folder. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
