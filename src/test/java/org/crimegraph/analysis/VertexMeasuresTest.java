package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Closeness, harmonic, eigenvector, core number and clustering on small graphs computed by hand. */
class VertexMeasuresTest {

    private static final double EPS = 1e-12;

    private static DistanceScores distances(Graph<String, DefaultWeightedEdge> g, PathLength length) {
        return new BrandesBetweenness<>(IndexedGraph.of(g), length, 1).distanceScores();
    }

    @Test
    void closenessAndHarmonicOnAPath() {
        // A-B-C-D-E: A's distances 1+2+3+4 = 10, B's 1+1+2+3 = 7, C's 1+1+2+2 = 6; n-1 = 4
        DistanceScores s = distances(SampleGraphs.path5(), PathLength.HOPS);
        assertThat(s.closenessValues()).containsExactly(new double[] {0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4}, within(EPS));
        double endHarmonic = (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4) / 4;
        double nextHarmonic = (1 + 1 + 1.0 / 2 + 1.0 / 3) / 4;
        assertThat(s.harmonicValues()).containsExactly(
                new double[] {endHarmonic, nextHarmonic, 0.75, nextHarmonic, endHarmonic}, within(EPS));
    }

    @Test
    void closenessIsScaledByTheReachedShareOnADisconnectedGraph() {
        // triangle A-B-C, link D-E, isolated F: n = 6
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,1 B,C,1 A,C,1 D,E,1");
        g.addVertex("F");
        DistanceScores s = distances(g, PathLength.HOPS);
        // A reaches 2 others at total distance 2: (2/2) × (2/5); D reaches 1 at distance 1: 1 × 1/5
        assertThat(s.closenessValues()).containsExactly(new double[] {0.4, 0.4, 0.4, 0.2, 0.2, 0.0}, within(EPS));
        assertThat(s.harmonicValues()).containsExactly(new double[] {0.4, 0.4, 0.4, 0.2, 0.2, 0.0}, within(EPS));
    }

    @Test
    void weightedClosenessUsesInverseWeightLengths() {
        // A-B weight 2 (length 0.5), B-C weight 4 (length 0.25)
        DistanceScores s = distances(SampleGraphs.parse("A,B,2 B,C,4"), PathLength.INVERSE_WEIGHT);
        // A: distances 0.5 and 0.75 → 2/1.25; B: 0.5 and 0.25 → 2/0.75; C: 0.25 and 0.75 → 2/1
        assertThat(s.closenessValues()).containsExactly(new double[] {1.6, 2 / 0.75, 2.0}, within(EPS));
        // harmonic A: (2 + 4/3)/2, B: (2 + 4)/2, C: (4 + 4/3)/2
        assertThat(s.harmonicValues()).containsExactly(new double[] {5.0 / 3, 3.0, 8.0 / 3}, within(EPS));
        assertThat(s.pathLength()).isEqualTo(PathLength.INVERSE_WEIGHT);
    }

    @Test
    void closenessAndHarmonicAreBitIdenticalWhateverTheThreadCount() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(400, 1200, 3));
        for (PathLength length : PathLength.values()) {
            DistanceScores one = new BrandesBetweenness<>(g, length, 1).distanceScores();
            for (int threads : new int[] {2, 3, 7}) {
                DistanceScores many = new BrandesBetweenness<>(g, length, threads).distanceScores();
                assertThat(many.closenessValues()).isEqualTo(one.closenessValues());
                assertThat(many.harmonicValues()).isEqualTo(one.harmonicValues());
            }
        }
    }

    @Test
    void eigenvectorOfAStarAndATriangle() {
        // star: λ = 2, centre = 2 × leaf, unit norm → leaf 1/(2√2), centre 1/√2 (bipartite: the A + I shift converges)
        double[] star = new EigenvectorCentrality<>(IndexedGraph.of(
                SampleGraphs.parse("C,L1,1 C,L2,1 C,L3,1 C,L4,1"))).scores();
        double leaf = 1 / (2 * Math.sqrt(2));
        assertThat(star).containsExactly(new double[] {Math.sqrt(0.5), leaf, leaf, leaf, leaf}, within(1e-10));
        double[] triangle = new EigenvectorCentrality<>(IndexedGraph.of(
                SampleGraphs.parse("A,B,5 B,C,5 A,C,5"))).scores();
        assertThat(triangle).containsExactly(new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)},
                within(1e-10));
    }

    @Test
    void eigenvectorFollowsWeights() {
        // path A -2- B -1- C: A = [[0,2,0],[2,0,1],[0,1,0]], λ = √5, x ∝ (2, √5, 1)
        EigenvectorCentrality<String> e = new EigenvectorCentrality<>(IndexedGraph.of(SampleGraphs.parse("A,B,2 B,C,1")));
        double norm = Math.sqrt(4 + 5 + 1);
        assertThat(e.scores()).containsExactly(new double[] {2 / norm, Math.sqrt(5) / norm, 1 / norm}, within(1e-10));
        assertThat(e.converged()).isTrue();
    }

    @Test
    void eigenvectorOfASmallerSeparateComponentTendsToZero() {
        // triangle (λ = 2) and a separate link (λ = 1) and an isolated vertex: only the triangle keeps mass
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse("A,B,1 B,C,1 A,C,1 D,E,1");
        g.addVertex("F");
        double[] x = new EigenvectorCentrality<>(IndexedGraph.of(g)).scores();
        assertThat(x).containsExactly(new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3), 0, 0, 0},
                within(1e-10));
    }

    @Test
    void eigenvectorOfAGraphWithoutLinksIsUniform() {
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.empty();
        List.of("A", "B", "C", "D").forEach(g::addVertex);
        assertThat(new EigenvectorCentrality<>(IndexedGraph.of(g)).scores())
                .containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(EPS));
        assertThatThrownBy(() -> new EigenvectorCentrality<>(IndexedGraph.of(g), new EigenvectorCentrality.Parameters(0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** K4 on A-D, a pendant E on A, a path E-F-G, and an isolated H. */
    private static Graph<String, DefaultWeightedEdge> cliqueWithTail() {
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse(
                "A,B,1 A,C,1 A,D,1 B,C,1 B,D,1 C,D,1 A,E,3 E,F,1 F,G,1");
        g.addVertex("H");
        return g;
    }

    @Test
    void coreNumbers() {
        int[] core = new CoreDecomposition<>(IndexedGraph.of(cliqueWithTail())).values();
        assertThat(core).containsExactly(3, 3, 3, 3, 1, 1, 1, 0);
        // a cycle is a 2-core; a tree is a 1-core
        assertThat(new CoreDecomposition<>(IndexedGraph.of(SampleGraphs.parse("A,B,1 B,C,1 C,D,1 D,A,1"))).values())
                .containsExactly(2, 2, 2, 2);
        assertThat(new CoreDecomposition<>(IndexedGraph.of(SampleGraphs.path5())).values()).containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void localClustering() {
        LocalClustering<String> c = new LocalClustering<>(IndexedGraph.of(cliqueWithTail()));
        // A: neighbours B, C, D, E; of their 6 pairs, B-C, B-D, C-D are linked → 0.5; B, C, D: 1; the rest 0
        assertThat(c.values()).containsExactly(new double[] {0.5, 1, 1, 1, 0, 0, 0, 0}, within(EPS));
        assertThat(c.triangles(0)).isEqualTo(3);
        assertThat(c.triangles(1)).isEqualTo(3);
        assertThat(c.triangles(4)).isZero();
    }

    @Test
    void everyMeasureIsAvailableByKeyWithItsRank() {
        NetworkScores<String> scores = new NetworkScoring<>(IndexedGraph.of(cliqueWithTail()), NetworkScoring.Parameters.of(PathLength.HOPS, 1))
                .compute();
        VertexScore<String> a = scores.of("A");
        assertThat(a.measures().keySet()).containsExactlyElementsOf(VertexScore.MEASURES);
        assertThat(a.measures()).containsEntry("degree", 4.0).containsEntry("coreness", 3.0)
                .containsEntry("clustering", 0.5).containsEntry("strength", 6.0);
        for (String key : VertexScore.MEASURES) {
            assertThat(a.measure(key)).isEqualTo(a.measures().get(key));
        }
        List<MeasureRank> ranks = scores.ranksOf("A");
        assertThat(ranks).extracting(MeasureRank::measure).containsExactlyElementsOf(VertexScore.MEASURES);
        // A has the most links, the highest betweenness and closeness; B, C, D tie above A on clustering
        assertThat(ranks.get(0).rank()).isEqualTo(1);
        assertThat(ranks.get(2).rank()).isEqualTo(1);
        assertThat(ranks.get(5).rank()).isEqualTo(1);
        assertThat(ranks.get(9).rank()).isEqualTo(4);
        assertThat(scores.ranks("coreness").get(7).rank()).isEqualTo(8);
        assertThatThrownBy(() -> a.measure("charisma")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNetworkxReferenceGraph() {
        // values pasted from NetworkX 2.8.8, see NetworkxReference for the script
        IndexedGraph<String> g = IndexedGraph.of(NetworkxReference.graph());
        DistanceScores weighted = new BrandesBetweenness<>(g, PathLength.INVERSE_WEIGHT, 2).distanceScores();
        DistanceScores hops = new BrandesBetweenness<>(g, PathLength.HOPS, 2).distanceScores();
        EigenvectorCentrality<String> eigenvector = new EigenvectorCentrality<>(g);
        CoreDecomposition<String> cores = new CoreDecomposition<>(g);
        LocalClustering<String> clustering = new LocalClustering<>(g);
        assertThat(g.vertexCount()).isEqualTo(30);
        for (int i = 0; i < g.vertexCount(); i++) {
            String v = g.vertex(i);
            assertThat(weighted.closeness(i)).as(v).isCloseTo(NetworkxReference.CLOSENESS_INVERSE_WEIGHT.get(v), within(EPS));
            assertThat(hops.harmonic(i)).as(v).isCloseTo(NetworkxReference.HARMONIC_HOPS.get(v), within(EPS));
            assertThat(eigenvector.score(i)).as(v).isCloseTo(NetworkxReference.EIGENVECTOR.get(v), within(1e-10));
            assertThat(cores.coreness(i)).as(v).isEqualTo(NetworkxReference.CORE_NUMBER.get(v));
            assertThat(clustering.coefficient(i)).as(v).isCloseTo(NetworkxReference.CLUSTERING.get(v), within(EPS));
        }
    }
}
