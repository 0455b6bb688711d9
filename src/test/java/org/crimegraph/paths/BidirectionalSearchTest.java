package org.crimegraph.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Bidirectional search agrees with JGraphT's breadth-first search on seeded random sparse graphs. */
class BidirectionalSearchTest {

    @Test
    void sameLengthAsBreadthFirstSearchAndAValidPath() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            int n = 200;
            for (int i = 0; i < n; i++) {
                g.addVertex("v" + i);
            }
            for (int e = 0; e < 260; e++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    g.addEdge("v" + a, "v" + b);
                }
            }
            Map<String, Set<String>> adjacency = new HashMap<>();
            for (DefaultEdge e : g.edgeSet()) {
                adjacency.computeIfAbsent(g.getEdgeSource(e), k -> new TreeSet<>()).add(g.getEdgeTarget(e));
                adjacency.computeIfAbsent(g.getEdgeTarget(e), k -> new TreeSet<>()).add(g.getEdgeSource(e));
            }
            BidirectionalSearch search = new BidirectionalSearch(frontier -> {
                Map<String, Set<String>> result = new HashMap<>();
                frontier.forEach(v -> result.put(v, adjacency.getOrDefault(v, Set.of())));
                return result;
            });
            for (int q = 0; q < 30; q++) {
                String a = "v" + random.nextInt(n);
                String b = "v" + random.nextInt(n);
                GraphPath<String, DefaultEdge> expected = new BFSShortestPath<>(g).getPath(a, b);
                for (int maxHops : List.of(3, 6, 50)) {
                    Optional<List<String>> found = search.shortest(a, b, maxHops);
                    if (expected == null || expected.getLength() > maxHops) {
                        assertThat(found).isEmpty();
                    } else {
                        List<String> path = found.orElseThrow();
                        assertThat(path.size() - 1).isEqualTo(expected.getLength());
                        assertThat(path.get(0)).isEqualTo(a);
                        assertThat(path.get(path.size() - 1)).isEqualTo(b);
                        for (int i = 0; i + 1 < path.size(); i++) {
                            assertThat(g.containsEdge(path.get(i), path.get(i + 1))).isTrue();
                        }
                    }
                }
            }
        }
    }
}
