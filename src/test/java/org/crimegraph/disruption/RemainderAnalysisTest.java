package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;

/** F, DF (= 1 − efficiency) and components of remainders, computed by hand. */
class RemainderAnalysisTest {

    private static final double EPS = 1e-12;

    @Test
    void pathOfFive() {
        IndexedGraph<String> g = TestGraphs.path5();
        RemainderMeasures whole = new RemainderAnalysis<>(g, 1).measure();
        // unordered pairs at distance 1..4: 4, 3, 2, 1 -> sum 1/d = 4 + 3/2 + 2/3 + 1/4 = 77/12; E = 2 * 77/12 / 20
        assertThat(whole.efficiency()).isCloseTo(77.0 / 120, within(EPS));
        assertThat(whole.fragmentation()).isCloseTo(0.0, within(EPS));
        assertThat(whole.largestComponent()).isEqualTo(5);
        assertThat(whole.components()).isEqualTo(1);

        // without C: A-B and D-E, n = 4: F = 1 - (2 + 2)/12, E = 4 ordered pairs at distance 1 / 12
        RemainderMeasures cut = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "C"));
        assertThat(cut.vertices()).isEqualTo(4);
        assertThat(cut.fragmentation()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(cut.efficiency()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(cut.distanceFragmentation()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(cut.largestComponent()).isEqualTo(2);
        assertThat(cut.components()).isEqualTo(2);

        // without B: A alone, C-D-E: F = 1 - 6/12; E = (4 at d1 + 2 at d2)/12 = 5/12
        RemainderMeasures end = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "B"));
        assertThat(end.fragmentation()).isCloseTo(0.5, within(EPS));
        assertThat(end.efficiency()).isCloseTo(5.0 / 12, within(EPS));
    }

    @Test
    void starFallsApartWithoutItsCentre() {
        IndexedGraph<String> g = TestGraphs.star();
        // 4 pairs at distance 1, 6 at distance 2: E = 2 * (4 + 3) / 20
        assertThat(new RemainderAnalysis<>(g, 1).measure().efficiency()).isCloseTo(0.7, within(EPS));
        RemainderMeasures hub = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "X"));
        assertThat(hub.fragmentation()).isEqualTo(1.0);
        assertThat(hub.efficiency()).isEqualTo(0.0);
        assertThat(hub.components()).isEqualTo(4);
        assertThat(hub.largestComponent()).isEqualTo(1);
        // without a leaf the rest is still a star: F = 0, E = 2 * (3 + 3/2) / 12 = 0.75
        RemainderMeasures leaf = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "A"));
        assertThat(leaf.fragmentation()).isEqualTo(0.0);
        assertThat(leaf.efficiency()).isCloseTo(0.75, within(EPS));
    }

    @Test
    void twoTrianglesJoinedThroughABridgeVertex() {
        IndexedGraph<String> g = TestGraphs.twoTriangles();
        RemainderMeasures x = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "X"));
        // two triangles, n = 6: F = 1 - (6 + 6)/30; E = 12 ordered pairs at distance 1 / 30
        assertThat(x.fragmentation()).isCloseTo(0.6, within(EPS));
        assertThat(x.efficiency()).isCloseTo(0.4, within(EPS));
        // without C: A-B (2) and X-D-E-F (4): F = 1 - (2 + 12)/30
        RemainderMeasures c = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "C"));
        assertThat(c.fragmentation()).isCloseTo(1 - 14.0 / 30, within(EPS));
    }

    @Test
    void fewerThanTwoVerticesLeftIsFullyFragmented() {
        IndexedGraph<String> g = TestGraphs.parse("A,B");
        RemainderMeasures one = new RemainderAnalysis<>(g, 1).measure(TestGraphs.removed(g, "A"));
        assertThat(one.fragmentation()).isEqualTo(1.0);
        assertThat(one.efficiency()).isEqualTo(0.0);
        assertThat(one.largestComponent()).isEqualTo(1);
    }

    @Test
    void threadCountDoesNotChangeEfficiency() {
        IndexedGraph<String> g = TestGraphs.random(300, 700, 3);
        boolean[] removed = new boolean[g.vertexCount()];
        removed[5] = removed[17] = true;
        assertThat(new RemainderAnalysis<>(g, 3).efficiency(removed))
                .isEqualTo(new RemainderAnalysis<>(g, 1).efficiency(removed));
    }

    @Test
    void incrementalStatesAgreeWithRecomputation() {
        IndexedGraph<String> g = TestGraphs.random(120, 200, 11);
        boolean[] removed = new boolean[g.vertexCount()];
        removed[3] = removed[40] = removed[77] = true;
        RemainderAnalysis<String> analysis = new RemainderAnalysis<>(g, 1);
        CutVertexPieces pieces = new CutVertexPieces(g, removed);
        assertThat(analysis.distanceHistogram(removed)).isEqualTo(analysis.distanceHistogramOneSourceAtATime(removed));
        for (int v = 0; v < g.vertexCount(); v++) {
            if (removed[v]) {
                continue;
            }
            removed[v] = true;
            long pairs = 0;
            for (int s : RemainderAnalysis.componentSizes(g, removed)) {
                pairs += (long) s * (s - 1);
            }
            assertThat(pieces.connectedPairsWithout(v)).as("pairs without %d", v).isEqualTo(pairs);
            double scratch = RemainderAnalysis.efficiencyOf(analysis.distanceHistogramOneSourceAtATime(removed),
                    RemainderAnalysis.remaining(removed));
            removed[v] = false;
            assertThat(analysis.efficiencyWithout(removed, v)).as("efficiency without %d", v).isEqualTo(scratch);
        }
    }
}
