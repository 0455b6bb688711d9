package org.crimegraph.app.query;

import java.util.List;

/**
 * The id of every person the release shows, in id order: what {@code crimegraph shell} offers when it
 * completes a person argument ({@code node P0<Tab>}). Only persons an allowed report asserts are listed.
 */
public final class PersonIdsQuery {

    /**
     * The ids found.
     *
     * @param evidence the release filter the ids were read under, as an analyst reads it
     * @param ids      the person ids, in id order
     */
    public record Result(String evidence, List<String> ids) {
        public Result {
            ids = List.copyOf(ids);
        }
    }

    private final QueryScope scope;

    public PersonIdsQuery(QueryScope scope) {
        this.scope = scope;
    }

    public Result run() {
        return new Result(scope.filter().describe(), scope.lookup().ids());
    }
}
