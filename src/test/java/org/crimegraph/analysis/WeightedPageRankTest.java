package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class WeightedPageRankTest {

    /**
     * Triangle A-B-C (A-B weight 3), tail C-D (2), D-E (0.5), isolated F (dangling).
     * Values from NetworkX 2.8.8: nx.pagerank(P, weight="weight", tol=1e-14, max_iter=10000).
     * F = 0.15/6 + 0.85 × (dangling mass)/6 = 0.029126213592233011 also checks the dangling rule.
     */
    @Test
    void smallWeightedGraphMatchesNetworkx() {
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,3 B,C,1 C,A,1 C,D,2 D,E,0.5");
        g.addVertex("F");
        WeightedPageRank<String> pr = new WeightedPageRank<>(IndexedGraph.of(g));
        assertThat(pr.converged()).isTrue();
        assertThat(pr.scores()).containsExactly(new double[] {
                0.23093314511811019, 0.23093314511811019, 0.25688024241449331,
                0.19059917962805392, 0.061528074128999202, 0.029126213592233011}, within(1e-10));
        assertThat(Arrays.stream(pr.scores()).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unitWeightsGiveUnweightedPageRank() {
        // NetworkX: nx.pagerank(P, weight=None, tol=1e-14) on the same graph without weights
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,1 B,C,1 C,A,1 C,D,1 D,E,1");
        g.addVertex("F");
        assertThat(new WeightedPageRank<>(IndexedGraph.of(g)).scores()).containsExactly(new double[] {
                0.18623474456154215, 0.18623474456154215, 0.27514858069643366,
                0.20640666876912891, 0.11684904781911992, 0.029126213592233011}, within(1e-10));
    }

    @Test
    void referenceGraphMatchesNetworkx() {
        IndexedGraph<String> g = IndexedGraph.of(NetworkxReference.graph());
        WeightedPageRank<String> pr = new WeightedPageRank<>(g);
        for (int i = 0; i < g.vertexCount(); i++) {
            String v = g.vertex(i);
            // the converged NetworkX values: to 1e-10
            assertThat(pr.score(i)).as(v).isCloseTo(NetworkxReference.PAGERANK.get(v), within(1e-10));
            // NetworkX with its default tol=1e-6 stops early and is off the fixed point by up to 2.1e-6 here
            assertThat(pr.score(i)).as(v).isCloseTo(NetworkxReference.PAGERANK_DEFAULT_TOL.get(v), within(5e-6));
        }
    }

    @Test
    void reportsNonConvergence() {
        WeightedPageRank<String> pr = new WeightedPageRank<>(IndexedGraph.of(NetworkxReference.graph()),
                new WeightedPageRank.Parameters(0.85, 1e-15, 2));
        assertThat(pr.converged()).isFalse();
        assertThat(pr.iterations()).isEqualTo(2);
    }

    @Test
    void referenceMapCoversGraph() {
        Map<String, Double> reference = NetworkxReference.PAGERANK;
        assertThat(reference).hasSize(30);
    }
}
