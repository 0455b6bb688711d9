package org.crimegraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Consensus communities (Lancichinetti & Fortunato 2012): stability by hand, agreement, a vertex between two groups. */
class ConsensusCommunitiesTest {

    private static final double EPS = 1e-12;

    @Test
    void membershipStabilityIsTheShareOfRunsAndCoMembersAsComputedByHand() {
        // six vertices; consensus {0,1,2} {3,4,5}; three runs
        Graph<String, DefaultWeightedEdge> g = TestGraphs.empty();
        for (int i = 0; i < 6; i++) {
            g.addVertex(TestGraphs.name(i));
        }
        IndexedGraph<String> indexed = IndexedGraph.of(g);
        Communities consensus = Communities.of("t", 1, 1, indexed, new int[]{0, 0, 0, 1, 1, 1});
        int[][] runs = {
                {0, 0, 0, 1, 1, 1},
                {0, 0, 1, 1, 1, 1},   // vertex 2 moved to the other group
                {0, 0, 0, 1, 1, 1}};
        ConsensusCommunities.Membership m = ConsensusCommunities.membership(consensus, runs);
        // vertex 2: co-members 0 and 1; together in runs 1 and 3 (2 each), run 2 none: 4 of 6
        assertThat(m.stability()[2]).isCloseTo(4.0 / 6, within(EPS));
        // vertex 0: with 1 in all runs (3), with 2 in two runs (2): 5 of 6
        assertThat(m.stability()[0]).isCloseTo(5.0 / 6, within(EPS));
        // vertex 3: with 4 and 5 always: 6 of 6
        assertThat(m.stability()[3]).isCloseTo(1.0, within(EPS));
        // vertex 2 sat with 3, 4, 5 in run 2: 3 of 3 members × 3 runs = 1/3; vertex 3 sat with 2 once: 1 of 9
        assertThat(m.alternative()[2]).isEqualTo(1);
        assertThat(m.alternativeShare()[2]).isCloseTo(1.0 / 3, within(EPS));
        assertThat(m.alternative()[3]).isEqualTo(0);
        assertThat(m.alternativeShare()[3]).isCloseTo(1.0 / 9, within(EPS));
        assertThat(m.alternative()[1]).isEqualTo(-1);
        assertThat(m.unstableCount()).isZero();
    }

    @Test
    void clearGroupsNeedNoRoundAndEveryMembershipIsStable() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.twoCliques();
        IndexedGraph<String> indexed = IndexedGraph.of(g);
        ConsensusCommunities.Result r = new ConsensusCommunities<>(indexed,
                ConsensusCommunities.Parameters.of(CommunityAlgorithm.LEIDEN, 1.0, 1, 10)).compute(Monitor.NONE);
        assertThat(r.converged()).isTrue();
        assertThat(r.rounds()).isZero();
        assertThat(r.partition().count()).isEqualTo(2);
        assertThat(r.membership().stability()).containsOnly(1.0);
        assertThat(r.membership().unstableCount()).isZero();
        assertThat(r.partition().algorithm()).isEqualTo("leiden-consensus");
    }

    @Test
    void aVertexTiedEquallyToTwoGroupsIsUnstableAndTheConsensusStillConverges() {
        // two K6 on 0..5 and 6..11, vertex 12 linked to three members of each: either group is as good
        Graph<String, DefaultWeightedEdge> g = TestGraphs.empty();
        TestGraphs.clique(g, 0, 6);
        TestGraphs.clique(g, 6, 6);
        for (int i : new int[]{0, 1, 2, 6, 7, 8}) {
            TestGraphs.link(g, 12, i);
        }
        IndexedGraph<String> indexed = IndexedGraph.of(g);
        ConsensusCommunities.Result r = new ConsensusCommunities<>(indexed,
                ConsensusCommunities.Parameters.of(CommunityAlgorithm.LEIDEN, 1.0, 1, 20)).compute(Monitor.NONE);
        int x = indexed.indexOf(TestGraphs.name(12));
        double[] s = r.membership().stability();
        assertThat(s[x]).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(r.membership().alternative()[x]).isNotEqualTo(-1)
                .isNotEqualTo(r.partition().communityOf(x));
        assertThat(r.membership().alternativeShare()[x]).isGreaterThan(0.0);
        for (int i = 0; i < 12; i++) {
            assertThat(r.partition().communityOf(i)).isEqualTo(r.partition().communityOf(i < 6 ? 0 : 6));
        }
        assertThat(r.partition().communityOf(0)).isNotEqualTo(r.partition().communityOf(6));
        assertThat(r.converged()).isTrue();
        // same seed, same answer
        ConsensusCommunities.Result again = new ConsensusCommunities<>(indexed,
                ConsensusCommunities.Parameters.of(CommunityAlgorithm.LEIDEN, 1.0, 1, 20)).compute(Monitor.NONE);
        assertThat(again.partition().samePartition(r.partition())).isTrue();
        assertThat(again.membership().stability()).containsExactly(s);
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> ConsensusCommunities.Parameters.of(CommunityAlgorithm.LEIDEN, 1.0, 1, 1))
                .hasMessageContaining("at least 2 runs");
        assertThatThrownBy(() -> new ConsensusCommunities.Parameters(CommunityAlgorithm.LEIDEN, 1.0, 1, 5, 1.0, 3))
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> ConsensusCommunities.Parameters.of(CommunityAlgorithm.LABEL_PROPAGATION, 1.0, 1, 5))
                .hasMessageContaining("weights");
    }
}
