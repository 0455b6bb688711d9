package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class IndexedGraphTest {

    @Test
    void verticesAreSortedAndNeighboursListedInIndexOrder() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.parse("C,A,2 B,C,3 A,B,0.5 C,D,1"));
        assertThat(g.vertices()).containsExactly("A", "B", "C", "D");
        assertThat(g.vertexCount()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(4);
        int c = g.indexOf("C");
        assertThat(g.degree(c)).isEqualTo(3);
        assertThat(g.neighbour(g.start(c))).isEqualTo(0);
        assertThat(g.neighbour(g.start(c) + 1)).isEqualTo(1);
        assertThat(g.neighbour(g.start(c) + 2)).isEqualTo(3);
        assertThat(g.weight(g.start(c))).isEqualTo(2.0);
        assertThat(g.weight(g.start(c) + 1)).isEqualTo(3.0);
        assertThat(g.strength(c)).isEqualTo(6.0);
        assertThat(g.strength(g.indexOf("A"))).isEqualTo(2.5);
    }

    @Test
    void adjacentIsTrueExactlyForTheLinkedPairs() {
        Graph<String, DefaultWeightedEdge> source = SampleGraphs.parse("C,A,2 B,C,3 A,B,0.5 C,D,1 E,F,1 A,F,2 G,A,1");
        source.addVertex("H"); // isolated
        IndexedGraph<String> g = IndexedGraph.of(source);
        for (String a : source.vertexSet()) {
            for (String b : source.vertexSet()) {
                assertThat(g.adjacent(g.indexOf(a), g.indexOf(b))).as("%s-%s", a, b)
                        .isEqualTo(source.containsEdge(a, b));
            }
        }
    }

    @Test
    void dropsSelfLoopsAndMergesParallelEdges() {
        Graph<String, DefaultWeightedEdge> multi = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        multi.addVertex("A");
        multi.addVertex("B");
        multi.setEdgeWeight(multi.addEdge("A", "B"), 1.0);
        multi.setEdgeWeight(multi.addEdge("B", "A"), 2.0);
        multi.setEdgeWeight(multi.addEdge("A", "A"), 5.0);
        IndexedGraph<String> g = IndexedGraph.of(multi);
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.degree(0)).isEqualTo(1);
        assertThat(g.weight(g.start(0))).isEqualTo(3.0);
        assertThat(g.weight(g.start(1))).isEqualTo(3.0);
    }

    @Test
    void rejectsDirectedGraphs() {
        Graph<String, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        assertThatThrownBy(() -> IndexedGraph.of(directed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handlesEmptyGraph() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.empty());
        assertThat(g.vertexCount()).isZero();
        assertThat(new BrandesBetweenness<>(g, PathLength.HOPS, 2).scores().size()).isZero();
        assertThat(new WeightedPageRank<>(g).scores()).isEmpty();
        assertThat(new ConnectedComponents<>(g).count()).isZero();
        assertThat(new ArticulationPoints<>(g).bridges()).isEmpty();
    }
}
