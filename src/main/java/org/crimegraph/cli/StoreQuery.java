package org.crimegraph.cli;

import java.io.PrintWriter;
import org.crimegraph.store.GraphStore;

/** A link query that runs on an already open store (the command opens it; tests share one). */
interface StoreQuery {

    /** Runs the query and returns the exit code. */
    int run(GraphStore store, PrintWriter out, PrintWriter err);
}
