package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.disruption.DisruptionAnalysis;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.KeyPlayerSearch;
import org.crimegraph.disruption.RankStability;
import org.crimegraph.disruption.Recovery;
import org.crimegraph.disruption.RecoveryRule;
import org.crimegraph.disruption.RemovalSimulation;
import org.crimegraph.disruption.RemovalStrategy;
import org.junit.jupiter.api.Test;

/** The algorithm contract: progress reported to the end, cancellation honoured, convergence reported. */
class AlgorithmContractTest {

    private static final IndexedGraph<String> GRAPH = IndexedGraph.of(SampleGraphs.random(300, 900, 5));

    @Test
    void longAlgorithmsReportProgressToTheEnd() {
        for (int threads : new int[] {1, 2}) {
            List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
            Monitor monitor = new Monitor((task, done, total) -> {
                if (task.equals(BrandesBetweenness.TASK)) {
                    seen.add(new long[] {done, total});
                }
            }, Termination.NONE);
            new NetworkScoring<>(GRAPH, NetworkScoring.Parameters.defaults(threads)).compute(monitor);
            assertThat(seen).isNotEmpty();
            assertThat(seen.get(0)).containsExactly(0, 300);
            assertThat(seen.get(seen.size() - 1)).containsExactly(300, 300);
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
            }
        }
    }

    @Test
    void aCancelledTokenStopsEveryLongAlgorithm() {
        for (int threads : new int[] {1, 2}) {
            Termination termination = Termination.create();
            // cancel once the work has started, from inside the computation
            Monitor monitor = new Monitor((task, done, total) -> {
                if (done > 0) {
                    termination.cancel();
                }
            }, termination);
            assertThatThrownBy(() -> new BrandesBetweenness<>(GRAPH, BrandesBetweenness.Parameters.of(
                    PathLength.INVERSE_WEIGHT, threads)).compute(monitor))
                    .isInstanceOf(ComputationCancelledException.class);
            assertThatThrownBy(() -> new ApproximateBetweenness<>(GRAPH, new SamplingParameters(
                    PathLength.HOPS, 0.01, 0.1, 1, threads)).compute(monitor))
                    .isInstanceOf(ComputationCancelledException.class);
        }
        Termination cancelled = Termination.create();
        cancelled.cancel();
        Monitor stopped = new Monitor(ProgressListener.NONE, cancelled);
        assertThatThrownBy(() -> new WeightedPageRank<>(GRAPH).compute(stopped))
                .isInstanceOf(ComputationCancelledException.class);
        assertThatThrownBy(() -> CommunityAlgorithm.LEIDEN.run(null, GRAPH, 1.0, 1, stopped))
                .isInstanceOf(ComputationCancelledException.class);
        assertThatThrownBy(() -> CommunityAlgorithm.LOUVAIN.run(null, GRAPH, 1.0, 1, stopped))
                .isInstanceOf(ComputationCancelledException.class);
        assertThatThrownBy(() -> new NetworkScoring<>(GRAPH, NetworkScoring.Parameters.defaults(1)).compute(stopped))
                .isInstanceOf(ComputationCancelledException.class);
        assertThatThrownBy(Termination.NONE::cancel).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void monitoredAndUnmonitoredResultsAreIdentical() {
        BrandesBetweenness.Result monitored = new BrandesBetweenness<>(GRAPH, BrandesBetweenness.Parameters.of(
                PathLength.INVERSE_WEIGHT, 2)).compute(new Monitor((t, d, n) -> { }, Termination.create()));
        BrandesBetweenness<String> plain = new BrandesBetweenness<>(GRAPH, PathLength.INVERSE_WEIGHT, 1);
        assertThat(monitored.betweenness().rawValues()).containsExactly(plain.scores().rawValues());
        assertThat(monitored.distances().closeness(7)).isEqualTo(plain.distanceScores().closeness(7));
    }

    @Test
    void convergenceIsReportedAndANonConvergedRunSaysSo() {
        NetworkScores<String> scores = new NetworkScoring<>(GRAPH, NetworkScoring.Parameters.defaults(1)).compute();
        assertThat(scores.pageRankConvergence().converged()).isTrue();
        assertThat(scores.eigenvectorConvergence().iterations()).isPositive();
        assertThat(scores.notConverged()).isEmpty();
        WeightedPageRank<String> capped = new WeightedPageRank<>(GRAPH, new WeightedPageRank.Parameters(0.85, 1e-15, 2));
        assertThat(capped.convergence()).isEqualTo(new Convergence(2, false));
        assertThatThrownBy(() -> new EigenvectorCentrality.Parameters(1e-6, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkScoring.Parameters(PathLength.HOPS, 0, BetweennessMethod.EXACT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final IndexedGraph<String> SMALL = IndexedGraph.of(SampleGraphs.random(60, 150, 3));

    /** The disruption computations, each run with {@code monitor}. */
    private static Map<String, Consumer<Monitor>> disruption() {
        Map<String, Consumer<Monitor>> runs = new HashMap<>();
        RemovalSimulation.Parameters settings = RemovalSimulation.Parameters.DEFAULTS.withSteps(6).withRandomRepeats(3);
        for (RemovalStrategy strategy : List.of(RemovalStrategy.RANDOM, RemovalStrategy.DEGREE,
                RemovalStrategy.BETWEENNESS_SEQUENTIAL, RemovalStrategy.BETWEENNESS_BLOCK, RemovalStrategy.ARTICULATION)) {
            runs.put(RemovalSimulation.task(strategy),
                    m -> new RemovalSimulation<>(SMALL, settings).run(strategy, List.of(), m));
        }
        List<String> removed = List.of(SMALL.vertex(0), SMALL.vertex(1), SMALL.vertex(2));
        runs.put(Recovery.TASK, m -> new Recovery<>(SMALL, null, 1).run(removed, RecoveryRule.PREFERENTIAL, 3, m));
        runs.put(RankStability.TASK, m -> new RankStability<>(SMALL, RankStability.betweenness(PathLength.HOPS, 1))
                .run(0.2, null, null, 4, 1, 5, m));
        runs.put(KeyPlayerSearch.TASK, m -> new KeyPlayerSearch<>(SMALL, KeyPlayerMeasure.F,
                KeyPlayerSearch.Parameters.DEFAULTS.withRestarts(3)).find(3, m));
        return runs;
    }

    @Test
    void disruptionComputationsReportProgressToTheEnd() {
        disruption().forEach((task, computation) -> {
            List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
            computation.accept(new Monitor((t, done, total) -> {
                if (t.equals(task)) {
                    seen.add(new long[] {done, total});
                }
            }, Termination.create()));
            assertThat(seen).as(task).isNotEmpty();
            assertThat(seen.get(0)[0]).as(task).isZero();
            long[] last = seen.get(seen.size() - 1);
            assertThat(last[0]).as(task).isEqualTo(last[1]).isPositive();
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i)[0]).as(task).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
            }
        });
    }

    @Test
    void aCancelledTokenStopsEveryDisruptionComputation() {
        disruption().forEach((task, computation) -> {
            // cancelled before the start, and cancelled once its own work has begun
            Termination before = Termination.create();
            before.cancel();
            assertThatThrownBy(() -> computation.accept(new Monitor(ProgressListener.NONE, before)))
                    .as(task).isInstanceOf(ComputationCancelledException.class);
            Termination during = Termination.create();
            assertThatThrownBy(() -> computation.accept(new Monitor((t, done, total) -> {
                if (t.equals(task) && done > 0) {
                    during.cancel();
                }
            }, during))).as(task).isInstanceOf(ComputationCancelledException.class);
        });
        Termination cancelled = Termination.create();
        cancelled.cancel();
        NetworkScores<String> scores = new NetworkScoring<>(SMALL, NetworkScoring.Parameters.defaults(1)).compute();
        DisruptionAnalysis.Parameters settings = new DisruptionAnalysis.Parameters(3, KeyPlayerMeasure.F,
                List.of(RemovalStrategy.DEGREE), 5, RecoveryRule.RANDOM, 1, 2, 2, 1);
        assertThatThrownBy(() -> new DisruptionAnalysis<>(SMALL, scores, null, settings)
                .run(new Monitor(ProgressListener.NONE, cancelled)))
                .isInstanceOf(ComputationCancelledException.class);
    }

    @Test
    void monitoredDisruptionResultsAreIdentical() {
        NetworkScores<String> scores = new NetworkScoring<>(SMALL, NetworkScoring.Parameters.defaults(1)).compute();
        DisruptionAnalysis.Parameters settings = new DisruptionAnalysis.Parameters(3, KeyPlayerMeasure.F,
                List.of(RemovalStrategy.DEGREE, RemovalStrategy.RANDOM, RemovalStrategy.KEY_PLAYERS), 5,
                RecoveryRule.RANDOM, 1, 2, 2, 2);
        assertThat(new DisruptionAnalysis<>(SMALL, scores, null, settings)
                .run(new Monitor((t, d, n) -> { }, Termination.create())))
                .isEqualTo(new DisruptionAnalysis<>(SMALL, scores, null, settings).run());
    }
}
