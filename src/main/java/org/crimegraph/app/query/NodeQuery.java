package org.crimegraph.app.query;

import java.util.List;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.query.PersonEntry;

/**
 * One person's profile ({@code node}): the reference is resolved as {@code find} resolves it (id, phone,
 * IBAN, registration, name), then the network is scored under the same release filter and the person's
 * measures, links, identity and holdings are gathered, each under the release rule.
 */
public final class NodeQuery {

    /**
     * What to show.
     *
     * @param reference     what the analyst typed (see {@link ReferenceClassifier})
     * @param filter        the release filter (handling, grade, time window)
     * @param defaultRegion region for phone numbers without a country code
     * @param links         how many of the strongest links to list
     */
    public record Request(String reference, ProjectionFilter filter, String defaultRegion, int links) {
        public Request {
            if (links < 0) {
                throw new IllegalArgumentException("--links must not be negative");
            }
        }
    }

    /** The profile, the identity and the holdings of the person the reference means. */
    public record Result(PersonEntry person, NodeProfile profile, PersonIdentity identity,
                         List<PersonHolding> holdings) {
        public Result {
            holdings = List.copyOf(holdings);
        }
    }

    /** Scores the network under a filter; the command supplies it (with its threads, audit and progress). */
    @FunctionalInterface
    public interface Scorer {
        ScoringResult score(ProjectionFilter filter, String personId);
    }

    private final GraphStore store;
    private final Scorer scorer;

    public NodeQuery(GraphStore store, Scorer scorer) {
        this.store = store;
        this.scorer = scorer;
    }

    /**
     * Runs the query; throws {@link UnresolvedReference} if the reference fits no person allowed under the
     * filter, or several.
     */
    public Result run(Request request) {
        QueryScope scope = new QueryScope(store, request.filter(), request.defaultRegion());
        PersonEntry person = scope.resolver().resolve(request.reference());
        ScoringResult result = scorer.score(request.filter(), person.personId());
        if (!result.network().graph().containsVertex(person.personId())) {
            throw new UnresolvedReference(request.reference(), List.of(), "no person " + person.personId()
                    + " in the network under this filter (" + result.filter().describe() + ")");
        }
        return new Result(person, NodeProfile.of(result, person.personId(), request.links()),
                PersonIdentity.of(scope.release(), scope.lookup().claims(person.personId())),
                PersonHolding.allowed(scope.release(), scope.lookup().holdings(person.personId())));
    }
}
