package org.crimegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The weighted, undirected person network that every analysis runs on, together with the evidence
 * behind each edge and the persons' display names. Pure data: built from projected links, no I/O.
 *
 * <p>The JGraphT view ({@link #graph()}) carries weights as tie strength; the evidence stays
 * here, looked up by endpoint pair, so that algorithms see a plain graph and explanations can
 * still cite reports.
 */
public final class PersonNetwork {

    private final Graph<String, DefaultWeightedEdge> graph;
    private final Map<String, String> names;
    private final Map<DefaultWeightedEdge, PersonLink> links;

    private PersonNetwork(Graph<String, DefaultWeightedEdge> graph, Map<String, String> names,
                          Map<DefaultWeightedEdge, PersonLink> links) {
        this.graph = graph;
        this.names = names;
        this.links = links;
    }

    /**
     * Builds the network. Every person in {@code names} becomes a vertex, isolated or not; a link whose
     * endpoint is missing from {@code names} adds that person with its id as name.
     * Two links on the same pair are not allowed: the projection merges evidence per pair.
     */
    public static PersonNetwork of(Map<String, String> names, Collection<PersonLink> links) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, String> allNames = new LinkedHashMap<>(names);
        names.keySet().stream().sorted().forEach(graph::addVertex);
        Map<DefaultWeightedEdge, PersonLink> byEdge = new HashMap<>();
        List<PersonLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(PersonLink::source).thenComparing(PersonLink::target));
        for (PersonLink link : sorted) {
            allNames.putIfAbsent(link.source(), link.source());
            allNames.putIfAbsent(link.target(), link.target());
            graph.addVertex(link.source());
            graph.addVertex(link.target());
            DefaultWeightedEdge edge = graph.addEdge(link.source(), link.target());
            if (edge == null) {
                throw new IllegalArgumentException("two links for one pair: " + link.source() + " - " + link.target());
            }
            graph.setEdgeWeight(edge, link.weight());
            byEdge.put(edge, link);
        }
        // the edge is the key (identity), not a string of the two ids: at five million links that string map
        // and its immutable copy were a gigabyte
        return new PersonNetwork(graph, Map.copyOf(allNames), Collections.unmodifiableMap(byEdge));
    }

    /** The JGraphT graph: vertices are person ids, edge weights are tie strengths. */
    public Graph<String, DefaultWeightedEdge> graph() {
        return graph;
    }

    /** Display name of a person, or the id if none is known. */
    public String name(String personId) {
        return names.getOrDefault(personId, personId);
    }

    /** The evidence behind the edge between two persons, if they are linked. */
    public Optional<PersonLink> link(String a, String b) {
        DefaultWeightedEdge edge = graph.containsVertex(a) && graph.containsVertex(b) ? graph.getEdge(a, b) : null;
        return edge == null ? Optional.empty() : Optional.of(links.get(edge));
    }

    /** All links, in no particular order. */
    public Collection<PersonLink> links() {
        return links.values();
    }

    /** Links of one person, strongest first (ties by the other person's id). */
    public List<PersonLink> linksOf(String personId) {
        List<PersonLink> result = new ArrayList<>();
        for (DefaultWeightedEdge edge : graph.edgesOf(personId)) {
            result.add(links.get(edge));
        }
        result.sort(Comparator.comparingDouble(PersonLink::weight).reversed()
                .thenComparing(link -> link.other(personId)));
        return result;
    }

    /**
     * How many of a person's contacts have no other link: the persons the network knows only through this
     * one (pendant contacts), whom its removal would leave alone.
     */
    public int pendantContacts(String personId) {
        int pendants = 0;
        for (DefaultWeightedEdge edge : graph.edgesOf(personId)) {
            String source = graph.getEdgeSource(edge);
            if (graph.degreeOf(source.equals(personId) ? graph.getEdgeTarget(edge) : source) == 1) {
                pendants++;
            }
        }
        return pendants;
    }
}
