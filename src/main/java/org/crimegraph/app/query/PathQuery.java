package org.crimegraph.app.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.BidirectionalSearch;
import org.crimegraph.graph.PathLength;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.paths.PersonPath;
import org.crimegraph.paths.PersonPaths;
import org.crimegraph.store.query.NetworkReading;
import org.crimegraph.store.query.PersonEntry;

/**
 * How two persons are linked ({@code path}), choosing the search from the request: fewest hops by a
 * bidirectional breadth-first search reading the store around both ends; or, on the person network read
 * within {@code maxHops} of the first person, Dijkstra (weighted), Yen's k shortest paths, Suurballe's
 * node-disjoint paths, or a time-respecting journey ({@link TimeOrderedPath}). Every hop carries the evidence
 * that stands under the release. See docs/queries.md.
 */
public final class PathQuery {

    /**
     * What to search.
     *
     * @param k          paths wanted (Yen), or with {@code disjoint} the most disjoint paths (null: 1, or 10)
     * @param maxGap     with {@code inTimeOrder}: at most this long between contacts (null: no limit)
     * @param maxPersons stop if the search would read more persons than this
     */
    public record Request(String from, String to, PathLength distance, Integer k, boolean disjoint, int maxHops,
                          boolean inTimeOrder, Duration maxGap, int maxPersons) {

        /** {@code weighted}: 1/weight path lengths, else hops (the default of {@code path}). */
        public Request(String from, String to, boolean weighted, Integer k, boolean disjoint, int maxHops,
                       boolean inTimeOrder, Duration maxGap, int maxPersons) {
            this(from, to, weighted ? PathLength.INVERSE_WEIGHT : PathLength.HOPS, k, disjoint, maxHops, inTimeOrder,
                    maxGap, maxPersons);
        }

        public Request {
            if (distance == null) {
                throw new IllegalArgumentException("distance is required");
            }
            if (maxHops < 1) {
                throw new IllegalArgumentException("--max-hops must be at least 1");
            }
            if (k != null && k < 1) {
                throw new IllegalArgumentException("--k must be at least 1");
            }
            if (maxGap != null && !inTimeOrder) {
                throw new IllegalArgumentException("--max-gap needs --in-time-order");
            }
            if (inTimeOrder && (disjoint || (k != null && k > 1) || distance == PathLength.INVERSE_WEIGHT)) {
                throw new IllegalArgumentException("--in-time-order finds one journey: it does not combine with --k, --disjoint, --weighted or --path-length inverse-weight");
            }
        }

        /** True for 1/weight path lengths. */
        public boolean weighted() {
            return distance == PathLength.INVERSE_WEIGHT;
        }

        int paths() {
            return k != null ? k : disjoint ? 10 : 1;
        }
    }

    /** One path found, with the evidence of each hop. */
    public record Found(PersonPath path, List<EvidencedLink> links) {
    }

    /** The paths found (possibly none), how they were searched, and the person network searched. */
    public record Result(PersonEntry from, PersonEntry to, List<Found> found, PathLength distance, String search,
                         PersonNetwork network) {
    }

    private final QueryScope scope;

    public PathQuery(QueryScope scope) {
        this.scope = scope;
    }

    /** Runs the search; throws {@link UnresolvedReference} if an end fits no person or several. */
    public Result run(Request request) {
        PersonEntry a = scope.resolver().resolve(request.from());
        PersonEntry b = scope.resolver().resolve(request.to());
        PathLength distance = request.distance();
        NetworkReading reading = scope.reading(e -> true);
        List<Found> found = new ArrayList<>();
        if (!request.weighted() && request.paths() == 1 && !request.disjoint() && !request.inTimeOrder()) {
            Optional<List<String>> path = new BidirectionalSearch(reading).shortest(a.personId(), b.personId(),
                    request.maxHops());
            LocalNetwork local = reading.local();
            PersonNetwork network = local.project(scope.projection(), scope.reports());
            path.ifPresent(p -> found.add(found(new PersonPath(p, p.size() - 1), local)));
            return new Result(a, b, found, distance,
                    "fewest hops, bidirectional breadth-first search reading the store around both ends", network);
        }
        LocalNetwork local = reading.around(List.of(a.personId()), request.maxHops(), request.maxPersons());
        PersonNetwork network = local.project(scope.projection(), scope.reports());
        String search;
        if (request.inTimeOrder()) {
            TimeOrderedPath.journey(scope, local, network, a.personId(), b.personId(), request.maxHops(),
                    request.maxGap()).ifPresent(found::add);
            search = TimeOrderedPath.description(request.maxGap());
        } else {
            PersonPaths paths = new PersonPaths(network.graph(), distance);
            List<PersonPath> list;
            if (request.disjoint()) {
                list = paths.disjoint(a.personId(), b.personId(), request.paths());
                search = "node-disjoint paths with least total length (Suurballe), up to " + request.paths();
            } else if (request.paths() > 1) {
                list = paths.kShortest(a.personId(), b.personId(), request.paths(), request.maxHops());
                search = "loopless k shortest paths (Yen), k = " + request.paths();
            } else {
                list = paths.shortest(a.personId(), b.personId(), request.maxHops()).map(List::of).orElse(List.of());
                search = "shortest path (Dijkstra/Yen)";
            }
            list.forEach(p -> found.add(found(p, local)));
        }
        search += "; person network read within " + request.maxHops() + " hops of " + a.personId() + " ("
                + network.graph().vertexSet().size() + " persons)";
        return new Result(a, b, found, distance, search, network);
    }

    private Found found(PersonPath path, LocalNetwork local) {
        List<EvidencedLink> links = new ArrayList<>();
        for (int i = 0; i < path.hops(); i++) {
            String u = path.persons().get(i);
            String v = path.persons().get(i + 1);
            links.add(new EvidencedLink(u, v, local.between(u, v, scope.release())));
        }
        return new Found(path, links);
    }
}
