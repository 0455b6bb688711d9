package org.crimegraph.store;

import org.crimegraph.model.Subgraph;
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
 * Reads the multi-mode subgraph around chosen persons ({@code cypher/around/}), in one of two ways:
 * <ul>
 * <li>{@link #linking}: given the persons within N person-to-person steps (found as {@code neighbours}
 * finds them) and the pieces of evidence that link them, the phones, calls, accounts, transactions,
 * vehicles, crossings, locations, meetings and routes those pieces are made of;</li>
 * <li>{@link #around}: everything within N relationships of the chosen persons in the multi-mode graph,
 * one hop per query (Cypher cannot take the hop count as a parameter).</li>
 * </ul>
 * Either way a relationship is kept only if an allowed report asserts it and a node only if an allowed
 * report asserts it (or none does): what rests only on withheld reports is never exported. Labels and
 * times come from the claims the {@link Release} allows.
 */
public final class SubgraphReader {

    private final GraphStore store;
    private final Release release;

    public SubgraphReader(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * One piece of evidence between two persons: its kind label ({@code call}, {@code shared_phone} …) and
     * id, as {@code cypher/query/evidence-of.cypher} gives them.
     */
    public record Link(String a, String b, String kind, String evidenceId) {
    }

    /**
     * The subgraph made of chosen persons, the persons reached from them in person-to-person steps, and
     * the multi-mode elements of the evidence that links them.
     *
     * @param steps person id to its number of person-to-person steps from the nearest chosen person; a
     *              person only withheld reports assert is left out
     * @param links the evidence between these persons that stands under the release
     * @return the subgraph; a person's {@code hops} is its number of steps, another node's the smallest,
     *         over the links it is part of, of the larger step of the link's two persons
     */
    public Subgraph linking(Map<String, Integer> steps, Collection<Link> links) {
        Map<String, Subgraph.Entity> entities = new LinkedHashMap<>(); // element id -> entity
        store.read("around/start", Map.of("personIds", List.copyOf(steps.keySet()),
                "allowed", List.copyOf(release.allowedReportIds())), r -> {
            List<Claim> claims = Claims.of(r.get("claims"));
            String key = r.get("key").asString();
            String name = release.text(claims, "name");
            entities.put(r.get("nodeId").asString(), new Subgraph.Entity("Person:" + key, "Person", key,
                    name == null ? key : name, null, steps.get(key), release.allowed(Claims.reportIds(claims))));
            return null;
        });
        List<Map<String, Object>> items = new ArrayList<>();
        for (Link link : links) {
            if (steps.containsKey(link.a()) && steps.containsKey(link.b())) {
                items.add(Map.of("a", link.a(), "b", link.b(), "kind", link.kind(), "id", link.evidenceId()));
            }
        }
        Map<String, String[]> relationships = new LinkedHashMap<>();
        Map<String, Subgraph.Relationship> relationshipData = new HashMap<>();
        store.read("around/evidence", Map.of("items", items), r -> {
            int step = Math.max(steps.get(r.get("a").asString()), steps.get(r.get("b").asString()));
            for (Value node : r.get("nodes").values()) {
                String nodeId = node.get("nodeId").asString();
                if (node.get("kind").asString().equals("Person")) {
                    continue; // persons come from around/start: every one the evidence links is among them
                }
                List<Claim> claims = Claims.of(node.get("claims"));
                List<String> reportIds = release.allowed(Claims.reportIds(claims));
                if (!claims.isEmpty() && reportIds.isEmpty()) {
                    continue; // asserted, but only by withheld reports
                }
                Subgraph.Entity known = entities.get(nodeId);
                if (known == null || known.hops() > step) {
                    entities.put(nodeId, entity(node, claims, reportIds, step));
                }
            }
            for (Value rel : r.get("rels").values()) {
                List<String> reportIds = release.allowed(rel.get("reportIds").asList(Value::asString));
                String relId = rel.get("relId").asString();
                if (!reportIds.isEmpty() && !relationships.containsKey(relId)) {
                    relationships.put(relId, new String[] {rel.get("fromId").asString(), rel.get("toId").asString()});
                    relationshipData.put(relId, new Subgraph.Relationship(null, null, rel.get("type").asString(),
                            rel.get("detail").isNull() ? null : rel.get("detail").asString(), reportIds));
                }
            }
            return null;
        });
        return assemble(entities, relationships, relationshipData);
    }

    /**
     * The subgraph around {@code personIds} within {@code hops} relationships of the multi-mode graph.
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
                    List<Claim> claims = Claims.of(r.get("claims"));
                    entities.put(nodeId, entity(r, claims, release.allowed(Claims.reportIds(claims)), distance));
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
        return assemble(entities, relationships, relationshipData);
    }

    /** A non-person node, labelled and dated from allowed claims (else by its number, registration or IBAN, else its key). */
    private Subgraph.Entity entity(org.neo4j.driver.types.MapAccessor node, List<Claim> claims, List<String> reportIds,
                                   int hops) {
        String kind = node.get("kind").asString();
        String key = node.get("key").asString();
        String time = release.text(claims, "at");
        String label = firstNonNull(release.text(claims, "name"),
                node.get("identity").isNull() ? null : node.get("identity").asString(),
                release.text(claims, "amount"), time, key);
        return new Subgraph.Entity(kind + ":" + key, kind, key, label, time, hops, reportIds);
    }

    /** The subgraph: the entities, and the relationships whose both ends were kept, in a stable order. */
    private static Subgraph assemble(Map<String, Subgraph.Entity> entities, Map<String, String[]> relationships,
                                     Map<String, Subgraph.Relationship> relationshipData) {
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
