package org.crimegraph.app.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.SmallCase;

/** The two query scopes of the use-case tests on {@link SmallCase}: internal (every report) and partner (handling code P only). */
public final class SmallCaseScopes {

    private static QueryScope internal;
    private static QueryScope partner;

    private SmallCaseScopes() {
    }

    /** Every report stands. */
    public static synchronized QueryScope internal() {
        if (internal == null) {
            internal = scope(ProjectionFilter.ALL);
        }
        return internal;
    }

    /** A partner release: only what shareable reports assert. */
    public static synchronized QueryScope partner() {
        if (partner == null) {
            partner = scope(ProjectionFilter.RELEASABLE);
        }
        return partner;
    }

    private static QueryScope scope(ProjectionFilter filter) {
        try {
            return new QueryScope(SmallCase.shared(), filter, "GB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
