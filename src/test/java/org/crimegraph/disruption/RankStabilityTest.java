package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;

/** Rank stability under dropped links, and Kendall's τ-b against SciPy. */
class RankStabilityTest {

    @Test
    void kendallTauBMatchesScipy() {
        // scipy 1.10.1: kendalltau([1,2,3,4],[1,3,2,4]) and kendalltau([1,1,2,3,5,5,0],[2,1,2,3,3,4,0])
        assertThat(KendallTau.tauB(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
                .isCloseTo(0.6666666666666669, within(1e-12));
        assertThat(KendallTau.tauB(new double[] {1, 1, 2, 3, 5, 5, 0}, new double[] {2, 1, 2, 3, 3, 4, 0}))
                .isCloseTo(0.8947368421052629, within(1e-12));
        assertThat(KendallTau.tauB(new double[] {1, 1}, new double[] {1, 2})).isNaN();
    }

    @Test
    void aStarCentreStaysOnTopUnlessItsLinksGo() {
        IndexedGraph<String> g = TestGraphs.parse("X,A X,B X,C X,D X,E X,F A,B");
        RankStability<String> stability = new RankStability<>(g, RankStability.betweenness(PathLength.HOPS, 1));
        StabilityResult<String> none = stability.run(0, null, null, 10, 1, 1);
        assertThat(none.repeats()).isEqualTo(1);
        assertThat(none.top()).containsExactly("X");
        assertThat(none.stayed()).containsExactly(1.0);
        assertThat(none.meanTau()).isCloseTo(1.0, within(1e-12));
        // dropping 2 of 7 links: X keeps the highest betweenness while it has 3 or more leaves left
        StabilityResult<String> dropped = stability.run(2.0 / 7, null, null, 50, 3, 1);
        assertThat(dropped.repeats()).isEqualTo(50);
        assertThat(dropped.stayed().get(0)).isEqualTo(1.0);
        assertThat(dropped.perturbation()).contains("drop 29% of links at random (2 of 7)");
        // the filter removes every link of X: X falls out of the top
        StabilityResult<String> filtered = stability.run(0, (a, b) -> !a.equals("X") && !b.equals("X"), "X's links", 5, 1, 1);
        assertThat(filtered.stayed()).containsExactly(0.0);
    }

    @Test
    void compositeTargetScoreUnderAGradeThreshold() {
        Grade strong = Grade.parse("1A");
        Grade weak = Grade.parse("3E");
        PersonNetwork network = PersonNetwork.of(Map.of("A", "Ann", "B", "Bob", "C", "Cy", "D", "Di"), java.util.List.of(
                link("A", "B", strong), link("B", "C", strong), link("C", "D", weak), link("B", "D", strong)));
        IndexedGraph<String> g = IndexedGraph.of(network.graph());
        RankStability<String> stability = new RankStability<>(g, new PersonTargetScorer(network, 1));
        StabilityResult<String> result = stability.run(0, (a, b) -> network.link(a, b).orElseThrow().weakestGrade()
                .atLeast(Grade.parse("2B")), "links graded below 2B", 3, 1, 1);
        assertThat(result.top()).containsExactly("B");
        assertThat(result.stayed()).containsExactly(1.0);
        assertThat(result.perturbation()).isEqualTo("drop links graded below 2B");
    }

    private static PersonLink link(String a, String b, Grade grade) {
        return new PersonLink(a, b, 1.0, new java.util.TreeSet<>(Set.of("call")), new java.util.TreeSet<>(Set.of("R1")), grade, HandlingCode.P);
    }
}
