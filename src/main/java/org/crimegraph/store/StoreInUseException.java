package org.crimegraph.store;

import java.nio.file.Path;

/** Another process already has the embedded store folder open. */
public class StoreInUseException extends StoreUnavailableException {

    public StoreInUseException(Path home, Throwable cause) {
        super("store in use: " + home + " is open in another crimegraph (or Neo4j) process; "
                + "wait for it to finish, or use another --store", cause);
    }
}
