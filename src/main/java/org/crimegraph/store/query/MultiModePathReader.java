package org.crimegraph.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;
import org.crimegraph.store.Claims;
import org.crimegraph.store.GraphStore;

/**
 * The shortest path between two persons through the whole multi-mode graph, found by Neo4j's
 * {@code shortestPath} ({@code cypher/query/full-path.cypher}), every relationship on it asserted by an
 * allowed report.
 */
public final class MultiModePathReader {

    /** A node of the path: its label, key, display name and time (events), in order. */
    public record Node(String label, String key, String name, String at) {
    }

    /** A relationship of the path, between node i and node i+1: its type and the allowed reports behind it. */
    public record Step(String type, List<String> reportIds) {
    }

    /** A multi-mode path: nodes.size() == steps.size() + 1. */
    public record MultiModePath(List<Node> nodes, List<Step> steps) {
    }

    private final GraphStore store;
    private final Release release;

    public MultiModePathReader(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * The shortest path from person {@code a} to person {@code b} over relationships the release allows,
     * each node named and dated from allowed claims (a vehicle by its registration).
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
                                release.text(claims, "at")));
                    });
                    List<Step> steps = new ArrayList<>();
                    r.get("rels").asList(v -> v).forEach(v -> steps.add(new Step(v.get("type").asString(),
                            v.get("reportIds").asList(x -> x.asString()))));
                    return new MultiModePath(nodes, steps);
                });
        return paths.stream().findFirst();
    }
}
