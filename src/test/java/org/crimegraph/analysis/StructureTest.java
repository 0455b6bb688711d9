package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Connected components, articulation points, bridges and removal effects. */
class StructureTest {

    @Test
    void twoTrianglesJoinedByABridgeVertex() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.twoTrianglesAndBridgeVertex());
        ArticulationPoints<String> cuts = new ArticulationPoints<>(g);
        assertThat(cuts.articulationPoints()).containsExactly("C", "D", "X");
        assertThat(cuts.bridges()).containsExactly(new Bridge<>("C", "X"), new Bridge<>("D", "X"));

        RemovalEffect x = cuts.removalEffect(g.indexOf("X"));
        assertThat(x).isEqualTo(new RemovalEffect(7, 2, 3, 2));
        assertThat(x.cutOff()).isEqualTo(3);

        RemovalEffect c = cuts.removalEffect(g.indexOf("C"));
        assertThat(c).isEqualTo(new RemovalEffect(7, 2, 4, 2)); // {A,B} and {X,D,E,F}
        assertThat(c.cutOff()).isEqualTo(2);
        assertThat(c.largestShare()).isEqualTo(4.0 / 7);

        RemovalEffect a = cuts.removalEffect(g.indexOf("A"));
        assertThat(cuts.isArticulationPoint(g.indexOf("A"))).isFalse();
        assertThat(a).isEqualTo(new RemovalEffect(7, 1, 6, 1));
        assertThat(a.cutOff()).isZero();
    }

    @Test
    void starCentreFallsApartIntoLeaves() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.parse("C,L1,1 C,L2,1 C,L3,1 C,L4,1"));
        ArticulationPoints<String> cuts = new ArticulationPoints<>(g);
        assertThat(cuts.articulationPoints()).containsExactly("C");
        assertThat(cuts.bridges()).hasSize(4);
        // C is the DFS root here: the root case
        assertThat(cuts.removalEffect(0)).isEqualTo(new RemovalEffect(5, 4, 1, 4));
    }

    @Test
    void disconnectedGraph() {
        // triangle A-B-C, path D-E-F-G, edge H-I, isolated J
        Graph<String, DefaultWeightedEdge> graph = SampleGraphs.parse("A,B,1 B,C,1 A,C,1 D,E,1 E,F,1 F,G,1 H,I,1");
        graph.addVertex("J");
        IndexedGraph<String> g = IndexedGraph.of(graph);
        ConnectedComponents<String> components = new ConnectedComponents<>(g);
        assertThat(components.count()).isEqualTo(4);
        assertThat(components.sizes()).containsExactly(4, 3, 2, 1);
        assertThat(components.largestSize()).isEqualTo(4);
        assertThat(components.componentOf(g.indexOf("E"))).isZero();
        assertThat(components.componentOf(g.indexOf("A"))).isEqualTo(1);
        assertThat(components.componentOf(g.indexOf("I"))).isEqualTo(2);
        assertThat(components.componentOf(g.indexOf("J"))).isEqualTo(3);

        ArticulationPoints<String> cuts = new ArticulationPoints<>(g);
        assertThat(cuts.componentCount()).isEqualTo(4);
        assertThat(cuts.articulationPoints()).containsExactly("E", "F");
        assertThat(cuts.bridges()).containsExactly(
                new Bridge<>("D", "E"), new Bridge<>("E", "F"), new Bridge<>("F", "G"), new Bridge<>("H", "I"));
        assertThat(cuts.removalEffect(g.indexOf("E"))).isEqualTo(new RemovalEffect(4, 2, 2, 5));
        assertThat(cuts.removalEffect(g.indexOf("J"))).isEqualTo(new RemovalEffect(1, 0, 0, 3));
        assertThat(cuts.removalEffect(g.indexOf("H"))).isEqualTo(new RemovalEffect(2, 1, 1, 4));
    }

    @Test
    void equalSizedComponentsAreNumberedBySmallestVertex() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.parse("C,D,1 A,B,1"));
        ConnectedComponents<String> components = new ConnectedComponents<>(g);
        assertThat(components.componentOf(g.indexOf("A"))).isZero();
        assertThat(components.componentOf(g.indexOf("D"))).isEqualTo(1);
    }

    @Test
    void matchesNetworkxOnReferenceGraph() {
        IndexedGraph<String> g = IndexedGraph.of(NetworkxReference.graph());
        ArticulationPoints<String> cuts = new ArticulationPoints<>(g);
        assertThat(cuts.articulationPoints()).containsExactly("V04", "V15");
        assertThat(cuts.bridges()).containsExactly(new Bridge<>("V04", "V27"), new Bridge<>("V08", "V15"));
        assertThat(new ConnectedComponents<>(g).sizes()).containsExactly(29, 1);
    }

    @Test
    void iterativeSearchHandlesA200000VertexPath() {
        // a recursive DFS would need 200,000 nested frames and overflow the default stack
        int n = 200_000;
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.longPath(n));
        ArticulationPoints<String> cuts = new ArticulationPoints<>(g);
        assertThat(cuts.indices()).hasSize(n - 2);
        assertThat(cuts.isArticulationPoint(0)).isFalse();
        assertThat(cuts.isArticulationPoint(n - 1)).isFalse();
        assertThat(cuts.bridges()).hasSize(n - 1);
        // removing the middle vertex leaves two halves
        // vertices 0..n/2-1 on one side (n/2 of them), n/2+1..n-1 on the other (n/2-1)
        assertThat(cuts.removalEffect(n / 2)).isEqualTo(new RemovalEffect(n, 2, n / 2, 2));
        assertThat(new ConnectedComponents<>(g).sizes()).containsExactly(n);
    }
}
