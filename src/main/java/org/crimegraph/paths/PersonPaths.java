package org.crimegraph.paths;

import org.crimegraph.graph.PathLength;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.SuurballeKDisjointShortestPaths;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Paths between two persons in the person network, with JGraphT:
 * <ul>
 *   <li>{@link #shortest}: breadth-first search for {@link PathLength#HOPS}; for {@link PathLength#INVERSE_WEIGHT}
 *       the first path of Yen's enumeration that respects the hop limit (Dijkstra when the lightest path
 *       is short enough).</li>
 *   <li>{@link #kShortest}: loopless k shortest paths, Yen (1971), "Finding the k shortest loopless paths in a
 *       network", Management Science 17(11); paths longer than the hop limit are skipped.</li>
 *   <li>{@link #disjoint}: node-disjoint alternatives with minimum total length, Suurballe (1974),
 *       "Disjoint paths in a network", Networks 4(2), run on the usual node-split graph (each person
 *       v becomes v.in → v.out, so edge-disjoint there is node-disjoint here). Unlike removing one path's
 *       persons and searching again (which can block a second route that exists), Suurballe finds the
 *       largest set up to k whenever it exists; how many there are says how redundant the link is
 *       (Menger: the number of persons whose removal cuts A from B).</li>
 * </ul>
 * Pure: the person network in, paths out.
 */
public final class PersonPaths {

    /** Yen candidates examined at most, per path wanted, while skipping paths over the hop limit. */
    static final int CANDIDATES_PER_PATH = 200;

    private final Graph<String, DefaultWeightedEdge> network;
    private final PathLength distance;
    private final Graph<String, DefaultWeightedEdge> lengths;

    /**
     * @param network  the person network (edge weight = tie strength)
     * @param distance how to measure path length
     */
    public PersonPaths(Graph<String, DefaultWeightedEdge> network, PathLength distance) {
        this.network = network;
        this.distance = distance;
        this.lengths = distance.view(network);
    }

    /** A shortest path of at most {@code maxHops} links, if any. */
    public Optional<PersonPath> shortest(String a, String b, int maxHops) {
        if (!network.containsVertex(a) || !network.containsVertex(b)) {
            return Optional.empty();
        }
        if (a.equals(b)) {
            return Optional.of(new PersonPath(List.of(a), 0));
        }
        if (distance == PathLength.HOPS) {
            GraphPath<String, DefaultWeightedEdge> path = new BFSShortestPath<>(network).getPath(a, b);
            return path == null || path.getLength() > maxHops ? Optional.empty()
                    : Optional.of(new PersonPath(path.getVertexList(), path.getLength()));
        }
        List<PersonPath> first = kShortest(a, b, 1, maxHops);
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
    }

    /** Up to {@code k} loopless paths of at most {@code maxHops} links, shortest first (Yen). */
    public List<PersonPath> kShortest(String a, String b, int k, int maxHops) {
        List<PersonPath> paths = new ArrayList<>();
        if (!network.containsVertex(a) || !network.containsVertex(b) || a.equals(b) || k < 1) {
            return paths;
        }
        YenShortestPathIterator<String, DefaultWeightedEdge> yen = new YenShortestPathIterator<>(lengths, a, b);
        long budget = (long) k * CANDIDATES_PER_PATH;
        while (paths.size() < k && budget-- > 0 && yen.hasNext()) {
            GraphPath<String, DefaultWeightedEdge> path = yen.next();
            if (path.getLength() <= maxHops) {
                paths.add(of(path));
            }
        }
        return paths;
    }

    /** Up to {@code k} node-disjoint paths with the least total length (Suurballe on the node-split graph). */
    public List<PersonPath> disjoint(String a, String b, int k) {
        List<PersonPath> paths = new ArrayList<>();
        if (!network.containsVertex(a) || !network.containsVertex(b) || a.equals(b) || k < 1) {
            return paths;
        }
        Graph<String, DefaultWeightedEdge> split = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : network.vertexSet()) {
            split.addVertex(in(v));
            split.addVertex(out(v));
            split.setEdgeWeight(split.addEdge(in(v), out(v)), 0.0);
        }
        for (DefaultWeightedEdge e : network.edgeSet()) {
            String u = network.getEdgeSource(e);
            String v = network.getEdgeTarget(e);
            double length = lengths.getEdgeWeight(e);
            split.setEdgeWeight(split.addEdge(out(u), in(v)), length);
            split.setEdgeWeight(split.addEdge(out(v), in(u)), length);
        }
        List<GraphPath<String, DefaultWeightedEdge>> found;
        try {
            found = new SuurballeKDisjointShortestPaths<>(split).getPaths(out(a), in(b), k);
        } catch (IllegalArgumentException noPath) {
            return paths;
        }
        for (GraphPath<String, DefaultWeightedEdge> path : found) {
            List<String> persons = new ArrayList<>();
            persons.add(a);
            for (String v : path.getVertexList()) {
                if (v.endsWith(IN)) {
                    persons.add(v.substring(0, v.length() - IN.length()));
                }
            }
            paths.add(new PersonPath(persons, path.getWeight()));
        }
        paths.sort(java.util.Comparator.comparingDouble(PersonPath::length).thenComparing(p -> p.persons().toString()));
        return paths;
    }

    private static final String IN = "\u0000in";
    private static final String OUT = "\u0000out";

    private static String in(String v) {
        return v + IN;
    }

    private static String out(String v) {
        return v + OUT;
    }

    private static PersonPath of(GraphPath<String, DefaultWeightedEdge> path) {
        return new PersonPath(path.getVertexList(), path.getWeight());
    }
}
