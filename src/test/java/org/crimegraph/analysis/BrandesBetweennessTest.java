package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrandesBetweennessTest {

    private static final double EPS = 1e-12;

    private static BetweennessScores scores(Graph<String, DefaultWeightedEdge> graph, PathLength length, int threads) {
        return new BrandesBetweenness<>(IndexedGraph.of(graph), length, threads).scores();
    }

    @Test
    void pathOfFive() {
        // P5 A-B-C-D-E: B lies on the paths A-C, A-D, A-E (3 of the 6 pairs without B), C on 4 of 6
        BetweennessScores s = scores(SampleGraphs.path5(), PathLength.HOPS, 1);
        assertThat(s.rawValues()).containsExactly(new double[] {0, 3, 4, 3, 0}, within(EPS));
        assertThat(s.normalisedValues()).containsExactly(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, within(EPS));
        assertThat(s.pathLength()).isEqualTo(PathLength.HOPS);
    }

    @Test
    void star() {
        // centre C with five leaves: C lies on all C(5,2) = 10 leaf pairs; normalised 1
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("C,L1,1 C,L2,2 C,L3,3 C,L4,1 C,L5,1");
        for (PathLength length : PathLength.values()) {
            BetweennessScores s = scores(g, length, 2);
            int centre = 0;
            assertThat(s.raw(centre)).isCloseTo(10.0, within(EPS));
            assertThat(s.normalised(centre)).isCloseTo(1.0, within(EPS));
            for (int leaf = 1; leaf < 6; leaf++) {
                assertThat(s.raw(leaf)).isZero();
            }
        }
    }

    @Test
    void weightedAndUnweightedDiffer() {
        // square A-B-C-D-A; A-B and B-C are strong (weight 2, length 0.5), C-D and D-A weak (length 1).
        // Hops: A-C goes half via B, half via D; B-D half via A, half via C: every vertex 0.5 raw, 1/6 normalised.
        // 1/weight: A-C only via B (1.0 < 2.0); B-D still tied (1.5 both ways): B 1, A 0.5, C 0.5, D 0.
        // NetworkX 2.8.8 betweenness_centrality(G, weight='dist') with dist = 1/weight gives the same:
        // {A: 0.16666666666666666, B: 0.33333333333333331, C: 0.16666666666666666, D: 0}.
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,2 B,C,2 C,D,1 D,A,1");
        assertThat(scores(g, PathLength.HOPS, 1).rawValues()).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(EPS));
        BetweennessScores weighted = scores(g, PathLength.INVERSE_WEIGHT, 1);
        assertThat(weighted.rawValues()).containsExactly(new double[] {0.5, 1, 0.5, 0}, within(EPS));
        assertThat(weighted.normalisedValues()).containsExactly(new double[] {1.0 / 6, 1.0 / 3, 1.0 / 6, 0}, within(EPS));
    }

    @Test
    void disconnectedGraph() {
        // P3 A-B-C, an edge D-E, an isolated F: B lies on A-C only; n = 6 so normalised by 10
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,1 B,C,1 D,E,1");
        g.addVertex("F");
        BetweennessScores s = scores(g, PathLength.INVERSE_WEIGHT, 3);
        assertThat(s.rawValues()).containsExactly(new double[] {0, 1, 0, 0, 0, 0}, within(EPS));
        assertThat(s.normalisedValues()).containsExactly(new double[] {0, 0.1, 0, 0, 0, 0}, within(EPS));
    }

    @Test
    void tinyGraphsHaveZeroNormalisedBetweenness() {
        BetweennessScores s = scores(SampleGraphs.parse("A,B,1"), PathLength.HOPS, 1);
        assertThat(s.normalisedValues()).containsExactly(0, 0);
    }

    /** Reference graph and values from NetworkX 2.8.8; see {@link NetworkxReference}. */
    @Test
    void matchesNetworkxUnweightedRaw() {
        BetweennessScores s = scores(NetworkxReference.graph(), PathLength.HOPS, 2);
        assertMatches(s.rawValues(), NetworkxReference.HOPS_RAW);
    }

    @Test
    void matchesNetworkxWeightedNormalised() {
        BetweennessScores s = scores(NetworkxReference.graph(), PathLength.INVERSE_WEIGHT, 2);
        assertMatches(s.normalisedValues(), NetworkxReference.INVERSE_WEIGHT_NORMALISED);
    }

    private static void assertMatches(double[] actual, Map<String, Double> expected) {
        IndexedGraph<String> g = IndexedGraph.of(NetworkxReference.graph());
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as(g.vertex(i)).isCloseTo(expected.get(g.vertex(i)), within(EPS));
        }
    }

    @ParameterizedTest
    @EnumSource(PathLength.class)
    void resultDoesNotDependOnThreadCount(PathLength length) {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(300, 900, 20240601L));
        double[] one = new BrandesBetweenness<>(g, length, 1).scores().rawValues();
        for (int threads : new int[] {2, 3, 8}) {
            double[] many = new BrandesBetweenness<>(g, length, threads).scores().rawValues();
            // the block-ordered reduction makes the result bit-identical, stronger than the 1e-12 asked for
            assertThat(many).as("threads=%d", threads).containsExactly(one);
        }
    }

    @ParameterizedTest
    @EnumSource(PathLength.class)
    void agreesWithJgraphtOnRandomGraph(PathLength length) {
        Graph<String, DefaultWeightedEdge> graph = SampleGraphs.random(300, 900, 99L);
        IndexedGraph<String> g = IndexedGraph.of(graph);
        // JGraphT runs Dijkstra on weights taken as lengths whenever the graph is weighted
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            graph.setEdgeWeight(e, length == PathLength.HOPS ? 1.0 : 1.0 / graph.getEdgeWeight(e));
        }
        Map<String, Double> jgrapht = new BetweennessCentrality<>(graph, false).getScores();
        BetweennessScores s = new BrandesBetweenness<>(g, length, 2).scores();
        for (int i = 0; i < g.vertexCount(); i++) {
            assertThat(s.raw(i)).as(g.vertex(i)).isCloseTo(jgrapht.get(g.vertex(i)), within(1e-9));
        }
    }

    @Test
    void rejectsBadArguments() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.path5());
        assertThatThrownBy(() -> new BrandesBetweenness<>(g, PathLength.HOPS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
