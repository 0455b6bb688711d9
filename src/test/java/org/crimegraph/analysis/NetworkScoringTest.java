package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NetworkScoringTest {

    @Test
    void scoresEveryVertex() {
        NetworkScores<String> scores = new NetworkScoring<>(IndexedGraph.of(SampleGraphs.twoTrianglesAndBridgeVertex()),
                NetworkScoring.Parameters.defaults(2)).compute();
        assertThat(scores.size()).isEqualTo(7);
        assertThat(scores.pathLength()).isEqualTo(PathLength.INVERSE_WEIGHT);
        assertThat(scores.componentSizes()).containsExactly(7);
        assertThat(scores.bridges()).containsExactly(new Bridge<>("C", "X"), new Bridge<>("D", "X"));

        VertexScore<String> x = scores.of("X");
        assertThat(x.degree()).isEqualTo(2);
        assertThat(x.strength()).isEqualTo(2.0);
        // X lies on every path between {A,B,C} and {D,E,F}: 9 of the C(6,2) = 15 pairs
        assertThat(x.betweenness()).isCloseTo(9.0, within(1e-12));
        assertThat(x.normalisedBetweenness()).isCloseTo(0.6, within(1e-12));
        assertThat(x.articulationPoint()).isTrue();
        assertThat(x.removal().cutOff()).isEqualTo(3);
        assertThat(x.component()).isZero();
        assertThat(scores.of("A").articulationPoint()).isFalse();
        assertThat(scores.scores().stream().mapToDouble(VertexScore::pageRank).sum()).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> scores.of("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheSeparateAlgorithms() {
        IndexedGraph<String> g = IndexedGraph.of(NetworkxReference.graph());
        NetworkScores<String> scores = new NetworkScoring<>(g, NetworkScoring.Parameters.of(PathLength.HOPS, 1)).compute();
        for (VertexScore<String> s : scores.scores()) {
            assertThat(s.betweenness()).as(s.vertex())
                    .isCloseTo(NetworkxReference.HOPS_RAW.get(s.vertex()), within(1e-12));
            assertThat(s.pageRank()).as(s.vertex())
                    .isCloseTo(NetworkxReference.PAGERANK.get(s.vertex()), within(1e-10));
        }
        assertThat(scores.of("V00").component()).isEqualTo(1);
        assertThat(scores.of("V15").articulationPoint()).isTrue();
    }
}
