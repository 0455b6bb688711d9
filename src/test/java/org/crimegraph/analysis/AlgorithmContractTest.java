package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crimegraph.analysis.community.CommunityAlgorithm;
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
            assertThatThrownBy(() -> new ApproximateBetweenness<>(GRAPH, new ApproximateBetweenness.Parameters(
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
}
