package org.crimegraph.store.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;
import org.crimegraph.store.Claims;
import org.crimegraph.store.GraphStore;
import org.neo4j.driver.Value;

/**
 * The shortest path between two persons through the whole multi-mode graph, found by Neo4j's
 * {@code shortestPath} ({@code cypher/query/full-path.cypher}), every relationship on it asserted by an
 * allowed report; each phone, account and vehicle on it comes with its holders
 * ({@code cypher/query/holders.cypher}), so that the person behind a phone in the middle of a call chain
 * is named.
 */
public final class MultiModePathReader {

    /**
     * A node of the path: its label, key, display name and time (events), in order, and for a phone,
     * account or vehicle the persons who hold it (empty for other nodes, or when no allowed report says).
     */
    public record Node(String label, String key, String name, String at, List<Holder> holders) {
        public Node {
            holders = List.copyOf(holders);
        }
    }

    /**
     * A person who holds a phone ({@code USES}), an account ({@code HOLDS}) or a vehicle ({@code DRIVES},
     * {@code KEEPER_OF}), as allowed reports assert it.
     *
     * @param personId     the person
     * @param name         the name allowed claims give, or null (the person is then shown by id)
     * @param relationship the relationship type
     * @param reportIds    the allowed reports asserting the relationship
     */
    public record Holder(String personId, String name, String relationship, List<String> reportIds) {
        public Holder {
            reportIds = List.copyOf(reportIds);
        }
    }

    /** A relationship of the path, between node i and node i+1: its type and the allowed reports behind it. */
    public record Hop(String type, List<String> reportIds) {
    }

    /** A multi-mode path: nodes.size() == hops.size() + 1. */
    public record MultiModePath(List<Node> nodes, List<Hop> hops) {
    }

    private final GraphStore store;
    private final Release release;

    public MultiModePathReader(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * The shortest path from person {@code a} to person {@code b} over relationships the release allows,
     * each node named and dated from allowed claims (a vehicle by its registration), each phone, account and
     * vehicle with its holders ({@link #holders}).
     */
    public Optional<MultiModePath> shortest(String a, String b) {
        List<MultiModePath> paths = store.read("query/full-path",
                Map.of("a", a, "b", b, "allowed", List.copyOf(release.allowedReportIds())), r -> {
                    List<Node> nodes = new ArrayList<>();
                    r.get("nodes").asList(v -> v).forEach(v -> {
                        List<Claim> claims = Claims.of(v.get("claims"));
                        String name = release.text(claims, "name");
                        nodes.add(new Node(v.get("label").asString(), v.get("key").asString(),
                                name != null ? name : v.get("vrm").isNull() ? "" : v.get("vrm").asString(),
                                release.text(claims, "at"), List.of()));
                    });
                    List<Hop> hops = new ArrayList<>();
                    r.get("rels").asList(v -> v).forEach(v -> hops.add(new Hop(v.get("type").asString(),
                            v.get("reportIds").asList(x -> x.asString()))));
                    return new MultiModePath(nodes, hops);
                });
        return paths.stream().findFirst().map(this::withHolders);
    }

    /** The path with the holders of its phones, accounts and vehicles. */
    private MultiModePath withHolders(MultiModePath path) {
        Map<String, List<Holder>> holders = holders(path.nodes());
        List<Node> nodes = path.nodes().stream().map(n -> new Node(n.label(), n.key(), n.name(), n.at(),
                holders.getOrDefault(n.label() + ":" + n.key(), List.of()))).toList();
        return new MultiModePath(nodes, path.hops());
    }

    /**
     * The holders of the phones, accounts and vehicles among {@code nodes}, by {@code label:key}: only
     * holdings an allowed report asserts, of persons an allowed report asserts, named from allowed claims;
     * ordered by person id, then relationship type.
     */
    public Map<String, List<Holder>> holders(List<Node> nodes) {
        Map<String, List<String>> keys = new HashMap<>();
        for (String label : List.of("Phone", "Account", "Vehicle")) {
            keys.put(label, nodes.stream().filter(n -> n.label().equals(label)).map(Node::key).distinct().toList());
        }
        Map<String, List<Holder>> holders = new TreeMap<>();
        if (keys.values().stream().allMatch(List::isEmpty)) {
            return holders;
        }
        store.read("query/holders", Map.of("phones", keys.get("Phone"), "accounts", keys.get("Account"),
                "vehicles", keys.get("Vehicle")), r -> {
                    List<String> reports = release.allowed(r.get("reportIds").asList(Value::asString));
                    List<Claim> claims = Claims.of(r.get("claims"));
                    if (!reports.isEmpty() && release.allowsAny(Claims.reportIds(claims))) {
                        holders.computeIfAbsent(r.get("label").asString() + ":" + r.get("key").asString(),
                                k -> new ArrayList<>()).add(new Holder(r.get("personId").asString(),
                                release.text(claims, "name"), r.get("type").asString(), reports));
                    }
                    return null;
                });
        holders.values().forEach(list -> list.sort(Comparator.comparing(Holder::personId)
                .thenComparing(Holder::relationship)));
        return holders;
    }
}
