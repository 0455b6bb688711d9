package org.crimegraph.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * Removal simulations: hand-checked small cases and NetworkX 2.8.8 reference curves.
 *
 * <p>Reference: {@code G = nx.gnm_random_graph(40, 80, seed=1)} relabelled i → "N%03d" (N009 isolated),
 * values from the functions {@code curve} and {@code measures} of {@code scripts/verify_disruption.py}
 * (sequential betweenness = {@code nx.betweenness_centrality(H, normalized=False)} recomputed on the
 * remainder; CI_2 recomputed; F from components; {@code nx.global_efficiency(H)}; ties within a relative
 * 1e-9 go to the smallest id). The script checks the same and more graphs end to end.
 */
class RemovalSimulationTest {

    static final String GNM_40_80_SEED_1 = "N000,N012 N000,N017 N000,N024 N000,N028 N000,N034 N001,N014 N001,N018 "
            + "N001,N019 N001,N020 N001,N024 N001,N027 N001,N028 N001,N030 N002,N016 N002,N019 N002,N030 N003,N030 "
            + "N004,N005 N004,N016 N004,N018 N005,N023 N005,N035 N006,N010 N006,N011 N006,N031 N006,N037 N007,N018 "
            + "N007,N030 N007,N031 N007,N039 N008,N032 N008,N036 N010,N017 N011,N022 N011,N026 N011,N035 N011,N037 "
            + "N012,N019 N012,N035 N013,N024 N013,N027 N014,N017 N014,N022 N014,N025 N014,N029 N014,N032 N014,N033 "
            + "N014,N035 N015,N017 N015,N025 N016,N033 N017,N029 N018,N029 N018,N037 N020,N031 N021,N032 N021,N039 "
            + "N022,N026 N022,N031 N022,N032 N022,N036 N023,N031 N023,N035 N023,N036 N025,N033 N025,N037 N026,N032 "
            + "N026,N035 N027,N032 N027,N038 N028,N030 N028,N031 N028,N032 N029,N038 N031,N032 N033,N035 N034,N035 "
            + "N034,N039 N035,N038 N037,N039";

    /** nx.global_efficiency(G). */
    static final double EFFICIENCY = 0.4224572649572661;

    /** k, removed, lcc, components, F, global efficiency. */
    static final Object[][] BETWEENNESS_SEQUENTIAL = {
            {1, "N014", 38, 2, 0.05128205128205132, 0.40620782726045906},
            {2, "N035", 37, 2, 0.052631578947368474, 0.3856804172593629},
            {3, "N031", 36, 2, 0.05405405405405406, 0.36906906906906634},
            {4, "N018", 35, 2, 0.05555555555555558, 0.3507180650037771},
            {5, "N032", 34, 2, 0.05714285714285716, 0.32413165266106336},
            {6, "N030", 32, 3, 0.1158645276292335, 0.2975511416687879},
            {7, "N000", 31, 3, 0.11931818181818177, 0.2695789742664738},
            {8, "N037", 26, 4, 0.3326612903225806, 0.21573380696364522},
    };

    static final Object[][] COLLECTIVE_INFLUENCE = {
            {1, "N035", 38, 2, 0.05128205128205132, 0.4033063427800274},
            {2, "N001", 37, 2, 0.052631578947368474, 0.3847558084400171},
            {3, "N032", 36, 2, 0.05405405405405406, 0.3601136851136824},
            {4, "N031", 34, 3, 0.10952380952380958, 0.3296655328798166},
            {5, "N014", 33, 3, 0.11260504201680677, 0.31356409230358684},
            {6, "N018", 32, 3, 0.1158645276292335, 0.2962580991992747},
            {7, "N000", 31, 3, 0.11931818181818177, 0.263861627640036},
            {8, "N039", 28, 5, 0.23790322580645162, 0.2248974479821249},
    };

    static IndexedGraph<String> reference() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.jgrapht(GNM_40_80_SEED_1);
        g.addVertex("N009");
        return IndexedGraph.of(g);
    }

    @Test
    void sequentialBetweennessMatchesNetworkxStepByStep() {
        IndexedGraph<String> g = reference();
        RemovalSimulation<String> sim = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(8));
        assertThat(sim.initial().efficiency()).isCloseTo(EFFICIENCY, within(1e-12));
        assertCurve(sim.run(RemovalStrategy.BETWEENNESS_SEQUENTIAL), BETWEENNESS_SEQUENTIAL, 39);
        // the same with betweenness on two threads
        assertCurve(new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(8).withThreads(2))
                .run(RemovalStrategy.BETWEENNESS_SEQUENTIAL), BETWEENNESS_SEQUENTIAL, 39);
    }

    @Test
    void collectiveInfluenceMatchesNetworkxStepByStep() {
        RemovalSimulation<String> sim = new RemovalSimulation<>(reference(), RemovalSimulation.Parameters.DEFAULTS.withSteps(8));
        RemovalCurve<String> curve = sim.run(RemovalStrategy.COLLECTIVE_INFLUENCE);
        assertThat(curve.mode()).isEqualTo("sequential");
        assertCurve(curve, COLLECTIVE_INFLUENCE, 39);
    }

    @Test
    void aBlockOrderFromGivenScoresIsTheOneComputedFromThem() {
        IndexedGraph<String> g = reference();
        RemovalSimulation<String> sim = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(8));
        double[] hops = new org.crimegraph.analysis.BrandesBetweenness<>(g, org.crimegraph.analysis.BrandesBetweenness
                .Parameters.of(org.crimegraph.graph.PathLength.HOPS, 1)).compute(org.crimegraph.analysis.Monitor.NONE)
                .betweenness().rawValues();
        RemovalCurve<String> computed = sim.run(RemovalStrategy.BETWEENNESS_BLOCK);
        RemovalCurve<String> given = sim.runBlock(RemovalStrategy.BETWEENNESS_BLOCK, hops,
                org.crimegraph.analysis.Monitor.NONE);
        assertThat(given).isEqualTo(computed);
        // other scores, another order: by degree
        double[] degree = new double[g.vertexCount()];
        for (int v = 0; v < degree.length; v++) {
            degree[v] = g.end(v) - g.start(v);
        }
        assertThat(sim.runBlock(RemovalStrategy.BETWEENNESS_BLOCK, degree, org.crimegraph.analysis.Monitor.NONE)
                .points()).extracting(RemovalPoint::removed)
                .isEqualTo(sim.run(RemovalStrategy.DEGREE).points().stream().map(RemovalPoint::removed).toList());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.runBlock(RemovalStrategy.BETWEENNESS_SEQUENTIAL,
                hops, org.crimegraph.analysis.Monitor.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCurve(RemovalCurve<String> curve, Object[][] expected, int initialLcc) {
        assertThat(curve.points()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            RemovalPoint<String> step = curve.points().get(i);
            Object[] row = expected[i];
            assertThat(step.k()).isEqualTo(row[0]);
            assertThat(step.removed()).as("step %d", i + 1).isEqualTo(row[1]);
            assertThat(step.lcc()).isEqualTo(((Integer) row[2]).doubleValue());
            assertThat(step.lccFraction()).isCloseTo((Integer) row[2] / (double) initialLcc, within(1e-12));
            assertThat(step.components()).isEqualTo(((Integer) row[3]).doubleValue());
            assertThat(step.fragmentation()).isCloseTo((Double) row[4], within(1e-12));
            assertThat(step.efficiency()).isCloseTo((Double) row[5], within(1e-12));
        }
    }

    @Test
    void tiesGoToTheSmallestId() {
        // every vertex of a 6-cycle has the same degree, betweenness and CI: A is removed first
        IndexedGraph<String> ring = TestGraphs.parse("A,B B,C C,D D,E E,F F,A");
        RemovalSimulation<String> sim = new RemovalSimulation<>(ring, RemovalSimulation.Parameters.DEFAULTS.withSteps(2));
        for (RemovalStrategy s : List.of(RemovalStrategy.DEGREE, RemovalStrategy.BETWEENNESS_BLOCK,
                RemovalStrategy.BETWEENNESS_SEQUENTIAL, RemovalStrategy.COLLECTIVE_INFLUENCE, RemovalStrategy.PAGERANK)) {
            assertThat(sim.run(s).points().get(0).removed()).as(s.label()).isEqualTo("A");
        }
        // after A the path B-C-D-E-F: the sequential betweenness picks its centre D, block picks B
        assertThat(sim.run(RemovalStrategy.BETWEENNESS_SEQUENTIAL).points().get(1).removed()).isEqualTo("D");
        assertThat(sim.run(RemovalStrategy.BETWEENNESS_BLOCK).points().get(1).removed()).isEqualTo("B");
    }

    @Test
    void articulationPointsFirstCutsTheBridgeVertex() {
        IndexedGraph<String> g = TestGraphs.twoTriangles();
        RemovalCurve<String> curve = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(1))
                .run(RemovalStrategy.ARTICULATION);
        // C, X and D are cut points; X leaves two triangles (12 connected pairs), C or D leave 14
        assertThat(curve.points().get(0).removed()).isEqualTo("X");
        assertThat(curve.points().get(0).lcc()).isEqualTo(3.0);
        assertThat(curve.points().get(0).lccFraction()).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void randomBaselineIsAnAverageOfSeededRuns() {
        IndexedGraph<String> g = TestGraphs.star();
        RemovalCurve<String> curve = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(1)
                .withRandomRepeats(400).withSeed(3)).run(RemovalStrategy.RANDOM);
        RemovalPoint<String> first = curve.points().get(0);
        assertThat(first.removed()).isNull();
        // with probability 1/5 the centre goes (lcc 1), else a leaf (lcc 4): expected lcc 3.4
        assertThat(first.lcc()).isCloseTo(3.4, within(0.25));
        assertThat(curve.repeats()).isEqualTo(400);
        RemovalCurve<String> again = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS.withSteps(1)
                .withRandomRepeats(400).withSeed(3)).run(RemovalStrategy.RANDOM);
        assertThat(again).isEqualTo(curve);
    }

    @Test
    void keyPlayerStrategyRemovesTheGivenSet() {
        IndexedGraph<String> g = TestGraphs.path5();
        RemovalCurve<String> curve = new RemovalSimulation<>(g, RemovalSimulation.Parameters.DEFAULTS)
                .run(RemovalStrategy.KEY_PLAYERS, List.of("B", "D"));
        assertThat(curve.points()).hasSize(2);
        assertThat(curve.last().fragmentation()).isEqualTo(1.0);
        assertThat(curve.mode()).isEqualTo("block");
    }
}
