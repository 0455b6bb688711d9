package org.crimegraph.app.query;

import java.util.List;

/**
 * Which persons a reference may mean ({@code find}): an id, a phone in any format, an IBAN, a vehicle
 * registration or a name or alias, each candidate with how it matched. Only what the release allows is
 * matched (a partner finds no person by a restricted alias or phone).
 */
public final class FindQuery {

    /** @param reference what to look for, optionally with a kind prefix ({@code id:}, {@code phone:}, …) */
    public record Request(String reference) {
    }

    /**
     * The persons found.
     *
     * @param evidence the release filter the search ran under, as an analyst reads it
     * @param persons  the candidates, best match first (empty: nothing matches)
     */
    public record Result(String reference, String evidence, List<PersonResolver.Candidate> persons) {
        public Result {
            persons = List.copyOf(persons);
        }

        /** The ids of the persons found, in order. */
        public List<String> ids() {
            return persons.stream().map(c -> c.person().personId()).toList();
        }
    }

    private final QueryScope scope;

    public FindQuery(QueryScope scope) {
        this.scope = scope;
    }

    public Result run(Request request) {
        return new Result(request.reference(), scope.filter().describe(), scope.resolver().candidates(request.reference()));
    }
}
