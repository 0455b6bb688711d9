package org.crimegraph.app.query;

import java.util.List;
import java.util.Optional;
import org.crimegraph.store.query.MultiModePathReader;
import org.crimegraph.store.query.PersonEntry;

/**
 * {@code path --full}: the shortest path through the multi-mode graph (Neo4j shortestPath, every
 * relationship asserted by an allowed report), with the holders of each phone, account and vehicle on it.
 * A path longer than {@code 4 x maxHops} (24 at most), or through a person no allowed report asserts, is
 * not shown; the result says why.
 */
public final class FullPathQuery {

    /** The two ends and the person-to-person depth the multi-mode length is derived from. */
    public record Request(String from, String to, int maxHops) {
        public Request {
            if (maxHops < 1) {
                throw new IllegalArgumentException("--max-hops must be at least 1");
            }
        }

        int limit() {
            return Math.min(24, 4 * maxHops);
        }
    }

    /** The path if one is shown, a note saying why not otherwise (or null), and how it was searched. */
    public record Result(PersonEntry from, PersonEntry to, Optional<MultiModePathReader.MultiModePath> path,
                         String note, String search) {
    }

    private final QueryScope scope;

    public FullPathQuery(QueryScope scope) {
        this.scope = scope;
    }

    /** Runs the search; throws {@link UnresolvedReference} if an end fits no person or several. */
    public Result run(Request request) {
        PersonEntry a = scope.resolver().resolve(request.from());
        PersonEntry b = scope.resolver().resolve(request.to());
        int limit = request.limit();
        Optional<MultiModePathReader.MultiModePath> path = a.personId().equals(b.personId()) ? Optional.empty()
                : new MultiModePathReader(scope.store(), scope.release()).shortest(a.personId(), b.personId());
        String note = null;
        if (path.isPresent() && path.get().hops().size() > limit) {
            note = "the shortest multi-mode path has " + path.get().hops().size() + " relationships, more than " + limit;
            path = Optional.empty();
        }
        if (path.isPresent()) {
            List<String> persons = path.get().nodes().stream().filter(n -> n.label().equals("Person"))
                    .map(MultiModePathReader.Node::key).toList();
            List<PersonEntry> entries = scope.lookup().persons(persons);
            if (entries.size() != persons.stream().distinct().count()
                    || !entries.stream().allMatch(p -> scope.release().allowsAny(p.reportIds()))) {
                note = "the shortest multi-mode path runs through a person not known from any report allowed here";
                path = Optional.empty();
            }
        }
        String search = "Neo4j shortestPath through the multi-mode graph, every relationship asserted by an allowed "
                + "report, at most " + limit + " relationships";
        return new Result(a, b, path, note, search);
    }
}
