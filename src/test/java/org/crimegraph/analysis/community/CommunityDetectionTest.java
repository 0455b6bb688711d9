package org.crimegraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Louvain and Leiden on graphs whose best partition is known, determinism, connectivity and the
 * edge cases (no vertices, no edges, isolated vertices). Reference modularities: see {@link ModularityTest}.
 */
class CommunityDetectionTest {

    enum Multilevel { LOUVAIN, LEIDEN }

    static Communities run(Multilevel algorithm, IndexedGraph<String> g, double resolution, long seed) {
        return algorithm == Multilevel.LOUVAIN
                ? new Louvain<>(g, resolution, seed).communities()
                : new Leiden<>(g, resolution, seed).communities();
    }

    static List<List<String>> groups(IndexedGraph<String> g, Communities c) {
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < c.count(); k++) {
            List<String> members = new ArrayList<>();
            for (int i : c.members(k)) {
                members.add(g.vertex(i));
            }
            out.add(members);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void twoCliquesJoinedByAnEdgeAreTwoCommunities(Multilevel algorithm) {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.twoCliques());
        for (long seed = 0; seed < 10; seed++) {
            Communities c = run(algorithm, g, 1.0, seed);
            assertThat(groups(g, c)).containsExactly(
                    List.of("000", "001", "002", "003", "004"), List.of("005", "006", "007", "008", "009"));
            assertThat(c.modularity()).isCloseTo(0.45238095238095233, within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void aRingOfCliquesSplitsIntoItsCliques(Multilevel algorithm) {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.ringOfCliques(6, 4));
        for (long seed = 0; seed < 10; seed++) {
            Communities c = run(algorithm, g, 1.0, seed);
            assertThat(c.count()).isEqualTo(6);
            for (int v = 0; v < 24; v++) {
                assertThat(c.communityOf(v)).isEqualTo(c.communityOf(v / 4 * 4));
            }
            assertThat(c.modularity()).isCloseTo(0.6904761904761905, within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void disconnectedPartsAndIsolatedVerticesAreSeparateCommunities(Multilevel algorithm) {
        Graph<String, DefaultWeightedEdge> graph = TestGraphs.parse("A,B,1 B,C,1 A,C,1 D,E,1 E,F,1 D,F,1 G,H,3");
        graph.addVertex("X");
        graph.addVertex("Y");
        IndexedGraph<String> g = TestGraphs.indexed(graph);
        Communities c = run(algorithm, g, 1.0, 42);
        assertThat(groups(g, c)).containsExactly(List.of("A", "B", "C"), List.of("D", "E", "F"), List.of("G", "H"),
                List.of("X"), List.of("Y"));
        assertThat(c.modularity()).isCloseTo(Modularity.of(g, c.membership(), 5, 1.0), within(0.0));
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void theEmptyGraphAndAGraphWithoutEdges(Multilevel algorithm) {
        Communities none = run(algorithm, TestGraphs.indexed(TestGraphs.empty()), 1.0, 1);
        assertThat(none.count()).isZero();
        assertThat(none.modularity()).isZero();
        Graph<String, DefaultWeightedEdge> loners = TestGraphs.empty();
        loners.addVertex("B");
        loners.addVertex("A");
        IndexedGraph<String> g = TestGraphs.indexed(loners);
        Communities c = run(algorithm, g, 1.0, 1);
        assertThat(groups(g, c)).containsExactly(List.of("A"), List.of("B"));
        assertThat(c.modularity()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void theSameSeedGivesTheSamePartition(Multilevel algorithm) {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.planted(8, 25, 0.3, 0.02, 5));
        for (long seed = 0; seed < 5; seed++) {
            Communities first = run(algorithm, g, 1.0, seed);
            Communities again = run(algorithm, g, 1.0, seed);
            assertThat(again.samePartition(first)).isTrue();
            assertThat(again.modularity()).isEqualTo(first.modularity());
        }
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void plantedGroupsAreRecovered(Multilevel algorithm) {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.planted(8, 25, 0.4, 0.01, 11));
        Communities c = run(algorithm, g, 1.0, 3);
        assertThat(c.count()).isEqualTo(8);
        for (int v = 0; v < 200; v++) {
            assertThat(c.communityOf(v)).isEqualTo(c.communityOf(v / 25 * 25));
        }
    }

    @Test
    void leidenCommunitiesAreConnectedAndAtLeastAsGoodAsLouvainOnKarate() {
        IndexedGraph<String> karate = ModularityTest.karate(true);
        double louvainBest = 0;
        double leidenBest = 0;
        for (long seed = 0; seed < 20; seed++) {
            Communities leiden = new Leiden<>(karate, 1.0, seed).communities();
            assertConnected(karate, leiden);
            leidenBest = Math.max(leidenBest, leiden.modularity());
            louvainBest = Math.max(louvainBest, new Louvain<>(karate, 1.0, seed).communities().modularity());
        }
        // best weighted-karate modularity found by igraph's community_leiden(objective_function="modularity")
        assertThat(leidenBest).isCloseTo(0.44490358126721763, within(1e-12));
        assertThat(leidenBest).isGreaterThanOrEqualTo(louvainBest);
    }

    @Test
    void leidenCommunitiesAreConnectedOnRandomGraphs() {
        for (long seed = 0; seed < 10; seed++) {
            IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.planted(10, 20, 0.15, 0.03, seed));
            for (double resolution : new double[] {0.5, 1.0, 2.0}) {
                assertConnected(g, new Leiden<>(g, resolution, seed).communities());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Multilevel.class)
    void aHigherResolutionGivesSmallerCommunities(Multilevel algorithm) {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.ringOfCliques(6, 4));
        Communities coarse = run(algorithm, g, 0.05, 1);
        Communities fine = run(algorithm, g, 1.0, 1);
        assertThat(coarse.count()).isLessThan(fine.count());
        assertThat(coarse.resolution()).isEqualTo(0.05);
        assertThat(coarse.modularity()).isCloseTo(Modularity.of(g, coarse.membership(), coarse.count(), 0.05), within(0.0));
    }

    @Test
    void aResolutionMustBePositive() {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.twoCliques());
        assertThatThrownBy(() -> new Louvain<>(g, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Leiden<>(g, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelPropagationIsSeededAndCoversEveryVertex() {
        Graph<String, DefaultWeightedEdge> graph = TestGraphs.planted(6, 20, 0.5, 0.005, 9);
        graph.addVertex("zzz");
        IndexedGraph<String> g = TestGraphs.indexed(graph);
        Communities first = new LabelPropagation<>(graph, g, 1.0, 7).communities();
        Communities again = new LabelPropagation<>(graph, g, 1.0, 7).communities();
        assertThat(again.samePartition(first)).isTrue();
        assertThat(first.algorithm()).isEqualTo("label-propagation");
        assertThat(first.size(first.communityOf(g.indexOf("zzz")))).isEqualTo(1);
        int total = 0;
        for (int k = 0; k < first.count(); k++) {
            total += first.size(k);
        }
        assertThat(total).isEqualTo(g.vertexCount());
        assertThat(first.modularity()).isGreaterThan(0.5);
    }

    @Test
    void communityIdsAreOrderedBySizeThenSmallestMember() {
        Graph<String, DefaultWeightedEdge> graph = TestGraphs.parse("A,B,1 C,D,1 D,E,1 C,E,1");
        IndexedGraph<String> g = TestGraphs.indexed(graph);
        Communities c = Communities.of("test", 1.0, 0, g, new int[] {7, 7, 3, 3, 3});
        assertThat(c.communityOf(g.indexOf("C"))).isZero();
        assertThat(c.communityOf(g.indexOf("A"))).isEqualTo(1);
        Communities tie = Communities.of("test", 1.0, 0, g, new int[] {9, 9, 2, 2, 5});
        assertThat(tie.membership()).containsExactly(0, 0, 1, 1, 2);
        assertThat(CommunityAlgorithm.parse("Label-Propagation")).isEqualTo(CommunityAlgorithm.LABEL_PROPAGATION);
        assertThatThrownBy(() -> CommunityAlgorithm.parse("walktrap")).isInstanceOf(IllegalArgumentException.class);
    }

    static void assertConnected(IndexedGraph<?> g, Communities c) {
        int[] split = Leiden.splitDisconnected(g, c.membership());
        int parts = 0;
        for (int label : split) {
            parts = Math.max(parts, label + 1);
        }
        assertThat(parts).as("connected parts of the communities").isEqualTo(c.count());
    }
}
