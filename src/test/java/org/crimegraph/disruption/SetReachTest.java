package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;

/** KPP-Pos reach measures computed by hand. */
class SetReachTest {

    @Test
    void pathReachFromTheMiddle() {
        IndexedGraph<String> g = TestGraphs.path5();
        SetReach<String> reach = new SetReach<>(g);
        int[] c = {g.indexOf("C")};
        // distances 2,1,0,1,2 -> (1/2 + 1 + 1 + 1 + 1/2) / 5
        assertThat(reach.distanceWeightedReach(c)).isCloseTo(0.8, within(1e-12));
        assertThat(reach.mReach(c, 1)).isEqualTo(3);
        assertThat(reach.mReach(c, 2)).isEqualTo(5);
        int[] ae = {g.indexOf("A"), g.indexOf("E")};
        // distances 0,1,2,1,0 -> (1 + 1 + 1/2 + 1 + 1) / 5
        assertThat(reach.distanceWeightedReach(ae)).isCloseTo(0.9, within(1e-12));
        assertThat(reach.mReach(ae, 1)).isEqualTo(4);
    }

    @Test
    void starCentreReachesEveryoneAtOnce() {
        IndexedGraph<String> g = TestGraphs.star();
        SetReach<String> reach = new SetReach<>(g);
        assertThat(reach.distanceWeightedReach(new int[] {g.indexOf("X")})).isEqualTo(1.0);
        // a leaf: itself 1, centre 1, three leaves at 2
        assertThat(reach.distanceWeightedReach(new int[] {g.indexOf("A")})).isCloseTo(3.5 / 5, within(1e-12));
        assertThat(reach.mReachShare(new int[] {g.indexOf("A")}, 1)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void unreachableVerticesCountZero() {
        IndexedGraph<String> g = TestGraphs.parse("A,B C,D");
        assertThat(new SetReach<>(g).distanceWeightedReach(new int[] {g.indexOf("A")})).isCloseTo(0.5, within(1e-12));
    }
}
