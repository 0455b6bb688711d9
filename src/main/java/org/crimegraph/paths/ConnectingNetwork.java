package org.crimegraph.paths;

import org.crimegraph.graph.PathLength;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.SteinerTreeAlgorithm;
import org.jgrapht.alg.steiner.KouMarkowskyBermanAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The network that connects a set of persons (i2's "Find Connecting Network"), two ways:
 * <ul>
 *   <li>{@link Method#STEINER}: an approximate minimum Steiner tree, Kou, Markowsky and Berman (1981),
 *       "A fast algorithm for Steiner trees", Acta Informatica 15 — at most 2(1 − 1/leaves) times the
 *       lightest tree joining them; the fewest extra persons (or lightest, with 1/weight).</li>
 *   <li>{@link Method#UNION}: the union of one shortest path between every pair of the persons; larger,
 *       but it shows each pair's own best route.</li>
 * </ul>
 * Pure: the person network in, the links of the connecting network out.
 */
public final class ConnectingNetwork {

    /** How to connect the persons. */
    public enum Method {
        STEINER("Steiner tree approximation (Kou-Markowsky-Berman 1981, within 2x of the lightest tree)"),
        UNION("union of one shortest path between every pair");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * The result: the links (as person pairs) and persons of the connecting network, its total length,
     * and the persons that could not be reached from the first one.
     */
    public record Result(Set<String> persons, List<List<String>> links, double length, Set<String> unreachable) {
    }

    private final Graph<String, DefaultWeightedEdge> network;
    private final PathLength distance;

    public ConnectingNetwork(Graph<String, DefaultWeightedEdge> network, PathLength distance) {
        this.network = network;
        this.distance = distance;
    }

    /** Connects the given persons (all must be vertices; those not connected to the first are reported). */
    public Result connect(List<String> terminals, Method method, int maxHops) {
        Set<String> reachable = new TreeSet<>();
        Set<String> unreachable = new TreeSet<>();
        ConnectivityInspector<String, DefaultWeightedEdge> components = new ConnectivityInspector<>(network);
        String first = terminals.get(0);
        for (String t : terminals) {
            if (network.containsVertex(first) && network.containsVertex(t) && components.pathExists(first, t)) {
                reachable.add(t);
            } else {
                unreachable.add(t);
            }
        }
        Graph<String, DefaultWeightedEdge> lengths = distance.view(network);
        Set<DefaultWeightedEdge> edges = new LinkedHashSet<>();
        if (reachable.size() > 1) {
            if (method == Method.STEINER) {
                // JGraphT's KMB sets weights on the edges it is given, and DefaultWeightedEdge keeps its weight
                // inside the edge: run it on a copy with edges of its own, then map back
                Graph<String, DefaultWeightedEdge> copy = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
                network.vertexSet().forEach(copy::addVertex);
                for (DefaultWeightedEdge e : network.edgeSet()) {
                    copy.setEdgeWeight(copy.addEdge(network.getEdgeSource(e), network.getEdgeTarget(e)),
                            lengths.getEdgeWeight(e));
                }
                SteinerTreeAlgorithm.SteinerTree<DefaultWeightedEdge> tree =
                        new KouMarkowskyBermanAlgorithm<>(copy).getSteinerTree(reachable);
                for (DefaultWeightedEdge e : tree.getEdges()) {
                    edges.add(network.getEdge(copy.getEdgeSource(e), copy.getEdgeTarget(e)));
                }
            } else {
                PersonPaths paths = new PersonPaths(network, distance);
                List<String> list = new ArrayList<>(reachable);
                for (int i = 0; i < list.size(); i++) {
                    for (int j = i + 1; j < list.size(); j++) {
                        Optional<PersonPath> path = paths.shortest(list.get(i), list.get(j), maxHops);
                        path.ifPresent(p -> {
                            for (int h = 0; h < p.hops(); h++) {
                                edges.add(network.getEdge(p.persons().get(h), p.persons().get(h + 1)));
                            }
                        });
                    }
                }
            }
        }
        Set<String> persons = new TreeSet<>(reachable);
        List<List<String>> links = new ArrayList<>();
        double length = 0;
        for (DefaultWeightedEdge e : edges) {
            String u = network.getEdgeSource(e);
            String v = network.getEdgeTarget(e);
            persons.add(u);
            persons.add(v);
            links.add(u.compareTo(v) < 0 ? List.of(u, v) : List.of(v, u));
            length += distance.length(network.getEdgeWeight(e));
        }
        links.sort(java.util.Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)));
        return new Result(persons, links, length, unreachable);
    }
}
