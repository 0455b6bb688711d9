package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crimegraph.analysis.IndexedGraph;
import org.junit.jupiter.api.Test;

/** Key-player search: known answers, brute force on small graphs, incremental equal to naive. */
class KeyPlayerSearchTest {

    private static final KeyPlayerSearch.Parameters SETTINGS = KeyPlayerSearch.Parameters.DEFAULTS;

    @Test
    void theBridgeVertexIsTheKeyPlayerForFragmentation() {
        IndexedGraph<String> g = TestGraphs.twoTriangles();
        KeyPlayerSet<String> f = new KeyPlayerSearch<>(g, KeyPlayerMeasure.F, SETTINGS).find(1);
        assertThat(f.members()).containsExactly("X");
        assertThat(f.score()).isCloseTo(0.6, within(1e-12));
        assertThat(f.baseline()).isEqualTo(0.0);
        assertThat(f.contribution()).containsExactly(0.6);
        // DF ties: without X two triangles (12 ordered pairs at distance 1), without C the link A-B plus
        // X-D-E-F (2 + 8 at distance 1, 4 at distance 2): both 1 - 12/30; the smallest id, C, wins
        KeyPlayerSet<String> df = new KeyPlayerSearch<>(g, KeyPlayerMeasure.DF, SETTINGS).find(1);
        assertThat(df.members()).containsExactly("C");
        assertThat(df.score()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void theStarCentreReachesEveryone() {
        IndexedGraph<String> g = TestGraphs.star();
        KeyPlayerSet<String> reach = new KeyPlayerSearch<>(g, KeyPlayerMeasure.REACH, SETTINGS).find(1);
        assertThat(reach.members()).containsExactly("X");
        assertThat(reach.score()).isEqualTo(1.0);
    }

    @Test
    void pathOfFiveCutInThreeByTwoRemovals() {
        // removing B and D leaves A, C, E isolated: F = 1; any other pair leaves a link
        KeyPlayerSet<String> f = new KeyPlayerSearch<>(TestGraphs.path5(), KeyPlayerMeasure.F, SETTINGS).find(2);
        assertThat(f.members()).containsExactlyInAnyOrder("B", "D");
        assertThat(f.score()).isEqualTo(1.0);
        // m-reach with m = 1: B and D together see all five
        KeyPlayerSet<String> m = new KeyPlayerSearch<>(TestGraphs.path5(), KeyPlayerMeasure.M_REACH, SETTINGS.withM(1)).find(2);
        assertThat(m.members()).containsExactlyInAnyOrder("B", "D");
        assertThat(m.score()).isEqualTo(1.0);
    }

    @Test
    void searchFindsTheBruteForceOptimumOnSmallGraphs() {
        for (long seed = 1; seed <= 4; seed++) {
            IndexedGraph<String> g = TestGraphs.random(16, 24, seed);
            for (KeyPlayerMeasure measure : KeyPlayerMeasure.values()) {
                double best = bruteForce(g, measure, 3);
                KeyPlayerSet<String> found = new KeyPlayerSearch<>(g, measure, SETTINGS).find(3);
                assertThat(found.score()).as("%s seed %d", measure, seed).isCloseTo(best, within(1e-12));
            }
        }
    }

    @Test
    void incrementalEvaluationGivesTheSameSetAsNaive() {
        IndexedGraph<String> g = TestGraphs.random(70, 120, 9);
        for (KeyPlayerMeasure measure : KeyPlayerMeasure.values()) {
            KeyPlayerSet<String> fast = new KeyPlayerSearch<>(g, measure, SETTINGS.withRestarts(2)).find(3);
            KeyPlayerSet<String> slow = new KeyPlayerSearch<>(g, measure, SETTINGS.withRestarts(2).withIncremental(false)).find(3);
            assertThat(fast.members()).as(measure.name()).isEqualTo(slow.members());
            assertThat(fast.score()).as(measure.name()).isCloseTo(slow.score(), within(1e-12));
        }
    }

    @Test
    void sameSeedSameSet() {
        IndexedGraph<String> g = TestGraphs.random(50, 90, 5);
        KeyPlayerSet<String> a = new KeyPlayerSearch<>(g, KeyPlayerMeasure.DF, SETTINGS.withSeed(7)).find(3);
        KeyPlayerSet<String> b = new KeyPlayerSearch<>(g, KeyPlayerMeasure.DF, SETTINGS.withSeed(7)).find(3);
        assertThat(a).isEqualTo(b);
    }

    private static double bruteForce(IndexedGraph<String> g, KeyPlayerMeasure measure, int k) {
        int n = g.vertexCount();
        double best = Double.NEGATIVE_INFINITY;
        RemainderAnalysis<String> analysis = new RemainderAnalysis<>(g, 1);
        SetReach<String> reach = new SetReach<>(g);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    boolean[] set = new boolean[n];
                    set[a] = set[b] = set[c] = true;
                    int[] members = {a, b, c};
                    double score = switch (measure) {
                        case F -> analysis.measure(set).fragmentation();
                        case DF -> analysis.measure(set).distanceFragmentation();
                        case REACH -> reach.distanceWeightedReach(members);
                        case M_REACH -> reach.mReachShare(members, 2);
                    };
                    best = Math.max(best, score);
                }
            }
        }
        return best;
    }
}
