package org.crimegraph.cli;

/**
 * A {@link ReleasedCommand} that is one {@link StoreQuery}: {@code call} opens the store once and runs the
 * query on it with the command's streams (the person queries, {@code timeline}; tests run the query on a
 * store they share).
 */
abstract class StoreQueryCommand extends ReleasedCommand implements StoreQuery {

    @Override
    public Integer call() {
        return onStore(this);
    }
}
