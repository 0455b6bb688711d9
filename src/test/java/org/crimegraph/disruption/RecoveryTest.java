package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;

/** Recovery after removal (Duijn, Kashirin and Sloot 2014). */
class RecoveryTest {

    @Test
    void theLeavesOfARemovedHubLinkUpAndTheNetworkIsMerelyReorganised() {
        IndexedGraph<String> g = TestGraphs.star();
        RecoveryResult<String> r = new Recovery<>(g, null, 1).run(List.of("X"), RecoveryRule.RANDOM, 1);
        assertThat(r.disrupted().efficiency()).isEqualTo(0.0);
        assertThat(r.disrupted().largestComponent()).isEqualTo(1);
        // each of A, B, C, D makes one link to another former contact of X (if not yet linked to all)
        assertThat(r.newLinks()).isNotEmpty().allSatisfy(link -> assertThat(link).doesNotContain("X"));
        assertThat(r.recovered().efficiency()).isGreaterThan(0.0);
        assertThat(r.efficiencyRecovered()).isGreaterThan(0.0);
        assertThat(r.before().efficiency()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void withinCommunityRecoveryStaysInsideCommunities() {
        // two triangles joined through X; X's contacts C and D are in different communities
        IndexedGraph<String> g = TestGraphs.twoTriangles();
        int[] membership = new int[g.vertexCount()];
        for (String v : List.of("D", "E", "F")) {
            membership[g.indexOf(v)] = 1;
        }
        membership[g.indexOf("X")] = 2;
        RecoveryResult<String> r = new Recovery<>(g, membership, 1).run(List.of("X"), RecoveryRule.WITHIN_COMMUNITY, 7);
        // C's and D's communities are already complete triangles: nothing to add, the cut stays
        assertThat(r.newLinks()).isEmpty();
        assertThat(r.recovered().largestComponent()).isEqualTo(3);
        assertThat(r.verdict()).isEqualTo("weaker");
        // random recovery reconnects C and D
        RecoveryResult<String> random = new Recovery<>(g, membership, 1).run(List.of("X"), RecoveryRule.RANDOM, 7);
        assertThat(random.newLinks()).containsExactly(List.of("C", "D"));
        assertThat(random.recovered().largestComponent()).isEqualTo(6);
    }

    @Test
    void sameSeedSameLinks() {
        IndexedGraph<String> g = TestGraphs.random(60, 120, 4);
        List<String> removed = List.of("N0001", "N0002", "N0003");
        for (RecoveryRule rule : List.of(RecoveryRule.RANDOM, RecoveryRule.PREFERENTIAL)) {
            assertThat(new Recovery<>(g, null, 1).run(removed, rule, 5))
                    .isEqualTo(new Recovery<>(g, null, 1).run(removed, rule, 5));
        }
        assertThatThrownBy(() -> new Recovery<>(g, null, 1).run(removed, RecoveryRule.WITHIN_COMMUNITY, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
