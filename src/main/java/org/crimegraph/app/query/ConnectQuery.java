package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.paths.ConnectingNetwork;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.query.PersonEntry;

/**
 * The network that connects two or more persons ({@code connect}): on the person network read within
 * {@code maxHops} of the first person, a Steiner-tree approximation or the union of shortest paths, each link
 * with the evidence that stands under the release.
 */
public final class ConnectQuery {

    /**
     * What to connect.
     *
     * @param method     "steiner" or "union" (any case)
     * @param maxPersons stop if the reading would take in more persons than this
     */
    public record Request(List<String> references, String method, boolean weighted, int maxHops, int maxPersons) {
        public Request {
            references = List.copyOf(references);
            chosen(method);
        }

        /** The method asked for; throws if it is neither steiner nor union. */
        public ConnectingNetwork.Method chosen() {
            return chosen(method);
        }

        private static ConnectingNetwork.Method chosen(String method) {
            return switch (method.toLowerCase(Locale.ROOT)) {
                case "steiner" -> ConnectingNetwork.Method.STEINER;
                case "union" -> ConnectingNetwork.Method.UNION;
                default -> throw new IllegalArgumentException("--method must be steiner or union, not '" + method + "'");
            };
        }
    }

    /** The persons connected (terminals, in the order given, without repeats), the network found and its links. */
    public record Result(List<String> terminals, ConnectingNetwork.Method method, PathLength distance, String scope,
                         PersonNetwork network, ConnectingNetwork.Result connection, List<EvidencedLink> links) {
    }

    private final QueryScope scope;

    public ConnectQuery(QueryScope scope) {
        this.scope = scope;
    }

    /** Connects the persons; throws {@link UnresolvedReference} if a reference fits no person or several. */
    public Result run(Request request) {
        ConnectingNetwork.Method chosen = request.chosen();
        List<String> terminals = new ArrayList<>();
        for (String reference : request.references()) {
            PersonEntry p = scope.resolver().resolve(reference);
            if (!terminals.contains(p.personId())) {
                terminals.add(p.personId());
            }
        }
        if (terminals.size() < 2) {
            throw new IllegalArgumentException("connect needs at least two different persons");
        }
        PathLength distance = request.weighted() ? PathLength.INVERSE_WEIGHT : PathLength.HOPS;
        LocalNetwork local = scope.reading(e -> true).around(List.of(terminals.get(0)), request.maxHops(),
                request.maxPersons());
        PersonNetwork network = local.project(scope.projection(), scope.reports());
        ConnectingNetwork.Result connection = new ConnectingNetwork(network.graph(), distance)
                .connect(terminals, chosen, request.maxHops());
        List<EvidencedLink> links = new ArrayList<>();
        for (List<String> l : connection.links()) {
            links.add(new EvidencedLink(l.get(0), l.get(1), local.between(l.get(0), l.get(1), scope.release())));
        }
        String read = "person network read within " + request.maxHops() + " hops of " + terminals.get(0) + " ("
                + network.graph().vertexSet().size() + " persons)";
        return new Result(List.copyOf(terminals), chosen, distance, read, network, connection, List.copyOf(links));
    }
}
