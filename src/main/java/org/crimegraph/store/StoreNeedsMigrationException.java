package org.crimegraph.store;

/**
 * The store was written by an older crimegraph (values on nodes instead of claims on ASSERTS) and must be
 * migrated first: {@code crimegraph db migrate} (docs/provenance.md §7). Exit code 4, like any store that
 * cannot be used.
 */
public final class StoreNeedsMigrationException extends StoreUnavailableException {

    public StoreNeedsMigrationException(String message) {
        super(message, null);
    }
}
