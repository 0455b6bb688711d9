package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

/** {@link IndexedGraph#fromEdges}: the array builder gives exactly what {@link IndexedGraph#of} gives. */
class IndexedGraphFromEdgesTest {

    @Test
    void sortsVerticesMergesParallelsAndDropsSelfLoops() {
        // vertices in order of first appearance, not natural order
        List<String> vertices = List.of("C", "A", "B", "D");
        int[] sources = {0, 2, 1, 0, 1, 2, 3, 99};
        int[] targets = {1, 0, 2, 3, 0, 2, 0, 99};
        double[] weights = {2, 3, 0.5, 1, 4, 7, 0.25, 99};
        IndexedGraph<String> g = IndexedGraph.fromEdges(vertices, sources, targets, weights, 7);
        assertThat(g.vertices()).containsExactly("A", "B", "C", "D");
        // C-A 2 + A-C 4, B-C 3, A-B 0.5, C-D 1 + D-C 0.25; B-B dropped; the eighth entry is past edgeCount
        assertThat(g.edgeCount()).isEqualTo(4);
        int c = g.indexOf("C");
        assertThat(c).isEqualTo(2);
        assertThat(g.degree(c)).isEqualTo(3);
        assertThat(new int[] {g.neighbour(g.start(c)), g.neighbour(g.start(c) + 1), g.neighbour(g.start(c) + 2)})
                .containsExactly(0, 1, 3);
        assertThat(new double[] {g.weight(g.start(c)), g.weight(g.start(c) + 1), g.weight(g.start(c) + 2)})
                .containsExactly(6, 3, 1.25);
        assertThat(g.degree(g.indexOf("B"))).isEqualTo(2);
        assertThat(g.strength(g.indexOf("A"))).isEqualTo(6.5);
        assertThat(g.strength(g.indexOf("D"))).isEqualTo(1.25);
    }

    @Test
    void equalsTheJGraphTRouteOnARandomMultigraph() {
        Random random = new Random(20251122L);
        int n = 200;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.format("P%03d", i));
        }
        Collections.shuffle(names, random);
        int m = 1500;
        int[] sources = new int[m + 10];
        int[] targets = new int[m + 10];
        double[] weights = new double[m + 10];
        Graph<String, DefaultWeightedEdge> multi = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        names.forEach(multi::addVertex);
        for (int e = 0; e < m; e++) {
            // few vertices per draw so that parallels and self-loops are common
            sources[e] = random.nextInt(n / 4);
            targets[e] = random.nextInt(n / 4);
            weights[e] = 1 + random.nextInt(4);
            multi.setEdgeWeight(multi.addEdge(names.get(sources[e]), names.get(targets[e])), weights[e]);
        }
        IndexedGraph<String> expected = IndexedGraph.of(multi);
        IndexedGraph<String> actual = IndexedGraph.fromEdges(names, sources, targets, weights, m);
        assertThat(actual.vertices()).isEqualTo(expected.vertices());
        assertThat(actual.edgeCount()).isEqualTo(expected.edgeCount()).isLessThan(m);
        for (int i = 0; i < n; i++) {
            assertThat(actual.start(i)).isEqualTo(expected.start(i));
            assertThat(actual.end(i)).isEqualTo(expected.end(i));
            for (int k = actual.start(i); k < actual.end(i); k++) {
                assertThat(actual.neighbour(k)).isEqualTo(expected.neighbour(k));
                assertThat(actual.weight(k)).isEqualTo(expected.weight(k));
            }
        }
        // the same betweenness either way
        assertThat(new BrandesBetweenness<>(actual, PathLength.INVERSE_WEIGHT, 1).scores().normalised(7))
                .isEqualTo(new BrandesBetweenness<>(expected, PathLength.INVERSE_WEIGHT, 1).scores().normalised(7));
    }

    @Test
    void findsVerticesByBinarySearch() {
        IndexedGraph<String> g = IndexedGraph.fromEdges(List.of("b", "a", "c"), new int[] {0}, new int[] {2},
                new double[] {1}, 1);
        assertThat(g.indexOf("a")).isZero();
        assertThat(g.indexOf("c")).isEqualTo(2);
        assertThat(g.contains("b")).isTrue();
        assertThat(g.contains("bb")).isFalse();
        assertThat(g.contains(null)).isFalse();
        assertThat(g.degree(g.indexOf("a"))).isZero();
        assertThatThrownBy(() -> g.indexOf("zz")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz");
    }

    @Test
    void rejectsDuplicateVerticesAndEndpointsOutOfRange() {
        assertThatThrownBy(() -> IndexedGraph.fromEdges(List.of("a", "a"), new int[0], new int[0], new double[0], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("compare equal");
        assertThatThrownBy(() -> IndexedGraph.fromEdges(List.of("a", "b"), new int[] {0}, new int[] {2},
                new double[] {1}, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 2");
        assertThatThrownBy(() -> IndexedGraph.fromEdges(List.of("a", "b"), new int[] {0}, new int[] {1},
                new double[] {1}, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyGraph() {
        IndexedGraph<String> g = IndexedGraph.fromEdges(List.<String>of(), new int[0], new int[0], new double[0], 0);
        assertThat(g.vertexCount()).isZero();
        assertThat(g.edgeCount()).isZero();
    }
}
