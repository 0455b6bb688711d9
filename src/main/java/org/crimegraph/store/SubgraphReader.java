package org.crimegraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;
import org.neo4j.driver.Value;

/**
 * Reads the multi-mode subgraph within N hops of chosen persons ({@code cypher/around/}), one hop per
 * query (Cypher cannot take the hop count as a parameter), following only relationships and keeping
 * only nodes that an allowed report asserts: what rests only on withheld reports is never read. Labels
 * and times come from the claims the {@link Release} allows.
 */
public final class SubgraphReader {

    private final GraphStore store;
    private final Release release;

    public SubgraphReader(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * The subgraph around {@code personIds} within {@code hops} relationships.
     *
     * @throws IllegalArgumentException if a chosen person is not in the store or rests only on withheld reports
     */
    public Subgraph around(Collection<String> personIds, int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("--hops must not be negative");
        }
        List<String> allowed = List.copyOf(release.allowedReportIds());
        Map<String, Subgraph.Entity> entities = new LinkedHashMap<>(); // element id -> entity
        Map<String, String[]> relationships = new LinkedHashMap<>();   // rel element id -> from, to (element ids)
        Map<String, Subgraph.Relationship> relationshipData = new HashMap<>();
        store.read("around/start", Map.of("personIds", List.copyOf(personIds), "allowed", allowed), r -> {
            List<Claim> claims = Claims.of(r.get("claims"));
            String key = r.get("key").asString();
            String name = release.text(claims, "name");
            entities.put(r.get("nodeId").asString(), new Subgraph.Entity("Person:" + key, "Person", key,
                    name == null ? key : name, null, 0, release.allowed(Claims.reportIds(claims))));
            return null;
        });
        Set<String> found = new java.util.TreeSet<>();
        entities.values().forEach(e -> found.add(e.key()));
        List<String> missing = personIds.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not found, or resting only on reports this release withholds: "
                    + String.join(", ", missing));
        }
        List<String> frontier = new ArrayList<>(entities.keySet());
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            int distance = hop;
            List<String> next = new ArrayList<>();
            store.read("around/expand", Map.of("frontier", frontier, "allowed", allowed), r -> {
                String nodeId = r.get("nodeId").asString();
                if (!entities.containsKey(nodeId)) {
                    String kind = r.get("kind").asString();
                    String key = r.get("key").asString();
                    List<Claim> claims = Claims.of(r.get("claims"));
                    String time = release.text(claims, "at");
                    String label = firstNonNull(release.text(claims, "name"),
                            r.get("identity").isNull() ? null : r.get("identity").asString(),
                            release.text(claims, "amount"), time, key);
                    entities.put(nodeId, new Subgraph.Entity(kind + ":" + key, kind, key, label, time, distance,
                            release.allowed(Claims.reportIds(claims))));
                    next.add(nodeId);
                }
                String relId = r.get("relId").asString();
                relationships.putIfAbsent(relId, new String[] {r.get("fromId").asString(), r.get("toId").asString()});
                relationshipData.putIfAbsent(relId, new Subgraph.Relationship(null, null, r.get("type").asString(),
                        r.get("detail").isNull() ? null : r.get("detail").asString(),
                        r.get("relReports").asList(Value::asString)));
                return null;
            });
            frontier = next;
        }
        List<Subgraph.Relationship> rels = new ArrayList<>();
        relationships.forEach((relId, ends) -> {
            Subgraph.Entity from = entities.get(ends[0]);
            Subgraph.Entity to = entities.get(ends[1]);
            if (from != null && to != null) {
                Subgraph.Relationship data = relationshipData.get(relId);
                rels.add(new Subgraph.Relationship(from.id(), to.id(), data.type(), data.detail(), data.reportIds()));
            }
        });
        rels.sort(java.util.Comparator.comparing(Subgraph.Relationship::source).thenComparing(Subgraph.Relationship::target)
                .thenComparing(Subgraph.Relationship::type));
        List<Subgraph.Entity> nodes = new ArrayList<>(entities.values());
        nodes.sort(java.util.Comparator.comparingInt(Subgraph.Entity::hops).thenComparing(Subgraph.Entity::id));
        return new Subgraph(nodes, rels);
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
