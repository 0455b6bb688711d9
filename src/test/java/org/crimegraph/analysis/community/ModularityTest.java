package org.crimegraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;

/**
 * Modularity on fixed partitions equals NetworkX 2.8.8's. Reference values printed by:
 *
 * <pre>
 * import networkx as nx
 * from networkx.algorithms.community import modularity
 * G = nx.karate_club_graph()                      # weighted ("weight") in NetworkX 2.8.8
 * club = [{v for v in G if G.nodes[v]["club"] == "Mr. Hi"}, {v for v in G if G.nodes[v]["club"] != "Mr. Hi"}]
 * for r in (1.0, 0.5, 2.0):
 *     print(modularity(G, club, weight="weight", resolution=r), modularity(G, club, weight=None, resolution=r))
 * print(modularity(G, [{v for v in G if v % 3 == k} for k in range(3)], weight="weight"))
 * H = nx.barbell_graph(5, 0); print(modularity(H, [set(range(5)), set(range(5, 10))]))
 * print(modularity(H, [set(range(5)), set(range(5, 10))], resolution=2))
 * R = nx.ring_of_cliques(6, 4); print(modularity(R, [set(range(4*i, 4*i+4)) for i in range(6)]))
 * T = nx.Graph([(0,1),(1,2),(0,2),(3,4),(4,5),(3,5)]); print(modularity(T, [{0,1,2},{3,4,5}]))
 * </pre>
 */
class ModularityTest {

    /** Zachary's karate club with NetworkX 2.8.8's edge weights. */
    static final String KARATE = ""
            + "K00,K01,4 K00,K02,5 K00,K03,3 K00,K04,3 K00,K05,3 K00,K06,3 K00,K07,2 K00,K08,2 K00,K10,2 K00,K11,3 "
            + "K00,K12,1 K00,K13,3 K00,K17,2 K00,K19,2 K00,K21,2 K00,K31,2 K01,K02,6 K01,K03,3 K01,K07,4 K01,K13,5 "
            + "K01,K17,1 K01,K19,2 K01,K21,2 K01,K30,2 K02,K03,3 K02,K07,4 K02,K08,5 K02,K09,1 K02,K13,3 K02,K27,2 "
            + "K02,K28,2 K02,K32,2 K03,K07,3 K03,K12,3 K03,K13,3 K04,K06,2 K04,K10,3 K05,K06,5 K05,K10,3 K05,K16,3 "
            + "K06,K16,3 K08,K30,3 K08,K32,3 K08,K33,4 K09,K33,2 K13,K33,3 K14,K32,3 K14,K33,2 K15,K32,3 K15,K33,4 "
            + "K18,K32,1 K18,K33,2 K19,K33,1 K20,K32,3 K20,K33,1 K22,K32,2 K22,K33,3 K23,K25,5 K23,K27,4 K23,K29,3 "
            + "K23,K32,5 K23,K33,4 K24,K25,2 K24,K27,3 K24,K31,2 K25,K31,7 K26,K29,4 K26,K33,2 K27,K33,4 K28,K31,2 "
            + "K28,K33,2 K29,K32,4 K29,K33,2 K30,K32,3 K30,K33,3 K31,K32,4 K31,K33,4 K32,K33,5";

    /** Members of Mr. Hi's club (the 1977 split). */
    static final int[] MR_HI = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21};

    static int[] club() {
        int[] membership = new int[34];
        java.util.Arrays.fill(membership, 1);
        for (int v : MR_HI) {
            membership[v] = 0;
        }
        return membership;
    }

    static IndexedGraph<String> karate(boolean weighted) {
        String edges = weighted ? KARATE : KARATE.replaceAll(",\\d+(\\s|$)", ",1$1");
        return IndexedGraph.of(TestGraphs.parse(edges));
    }

    @Test
    void karateClubSplitMatchesNetworkx() {
        IndexedGraph<String> weighted = karate(true);
        IndexedGraph<String> unweighted = karate(false);
        assertThat(weighted.vertex(33)).isEqualTo("K33");
        int[] club = club();
        assertThat(Modularity.of(weighted, club, 2, 1.0)).isCloseTo(0.39143756676224206, within(1e-12));
        assertThat(Modularity.of(unweighted, club, 2, 1.0)).isCloseTo(0.3582347140039448, within(1e-12));
        assertThat(Modularity.of(weighted, club, 2, 0.5)).isCloseTo(0.6416062292685669, within(1e-12));
        assertThat(Modularity.of(unweighted, club, 2, 0.5)).isCloseTo(0.6086045364891519, within(1e-12));
        assertThat(Modularity.of(weighted, club, 2, 2.0)).isCloseTo(-0.10889975825040765, within(1e-12));
        assertThat(Modularity.of(unweighted, club, 2, 2.0)).isCloseTo(-0.14250493096646943, within(1e-12));
    }

    @Test
    void karateByIndexModuloThreeMatchesNetworkx() {
        int[] thirds = new int[34];
        for (int v = 0; v < 34; v++) {
            thirds[v] = v % 3;
        }
        assertThat(Modularity.of(karate(true), thirds, 3, 1.0)).isCloseTo(0.03063098517643971, within(1e-12));
    }

    @Test
    void smallGraphsMatchNetworkx() {
        IndexedGraph<String> barbell = TestGraphs.indexed(TestGraphs.twoCliques());
        int[] halves = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        assertThat(Modularity.of(barbell, halves, 2, 1.0)).isCloseTo(0.45238095238095233, within(1e-12));
        assertThat(Modularity.of(barbell, halves, 2, 2.0)).isCloseTo(-0.04761904761904767, within(1e-12));
        IndexedGraph<String> ring = TestGraphs.indexed(TestGraphs.ringOfCliques(6, 4));
        int[] cliques = new int[24];
        for (int v = 0; v < 24; v++) {
            cliques[v] = v / 4;
        }
        assertThat(Modularity.of(ring, cliques, 6, 1.0)).isCloseTo(0.6904761904761905, within(1e-12));
        IndexedGraph<String> triangles = TestGraphs.indexed(TestGraphs.parse("A,B,1 B,C,1 A,C,1 D,E,1 E,F,1 D,F,1"));
        assertThat(Modularity.of(triangles, new int[] {0, 0, 0, 1, 1, 1}, 2, 1.0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aGraphWithoutEdgesHasModularityZero() {
        var g = TestGraphs.empty();
        g.addVertex("A");
        g.addVertex("B");
        assertThat(Modularity.of(TestGraphs.indexed(g), new int[] {0, 1}, 2, 1.0)).isZero();
        assertThat(Modularity.of(TestGraphs.indexed(TestGraphs.empty()), new int[0], 0, 1.0)).isZero();
    }
}
