package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ScoringPlan}: exact when it fits the budget, else the smallest ε in [0.01, 0.2] that fits. */
class ScoringPlanTest {

    @Test
    void exactWhenItsEstimateFits() {
        ScoringPlan plan = ScoringPlan.choose(20_000, 100_000, 30, 2, Duration.ofMinutes(30), 0.1, 1);
        assertThat(plan.method()).isEqualTo(BetweennessMethod.EXACT);
        // n searches × 2m link visits × c, shared by 2 threads
        assertThat(plan.exactSeconds()).isCloseTo(20_000.0 * 2 * 100_000 * ScoringPlan.nanosPerLinkVisit(100_000) * 1e-9 / 2, within(1e-9));
        assertThat(plan.plannedSeconds()).isEqualTo(plan.exactSeconds());
        assertThat(plan.describe()).startsWith("exact estimated").contains("fits the budget of 30 min");
    }

    @Test
    void sampledAtTheSmallestEpsilonThatFitsWhenExactDoesNot() {
        Duration budget = Duration.ofMinutes(10);
        ScoringPlan plan = ScoringPlan.choose(1_000_000, 5_000_000, 40, 2, budget, 0.1, 7);
        assertThat(plan.method()).isInstanceOf(BetweennessMethod.Sampled.class);
        var sampled = (BetweennessMethod.Sampled) plan.method();
        assertThat(sampled.delta()).isEqualTo(0.1);
        assertThat(sampled.seed()).isEqualTo(7);
        assertThat(plan.exactSeconds()).isGreaterThan(600);
        double epsilon = sampled.epsilon();
        assertThat(epsilon).isBetween(ScoringPlan.MIN_EPSILON, ScoringPlan.MAX_EPSILON);
        assertThat(plan.plannedSeconds()).isLessThanOrEqualTo(600);
        // on the grid of thousandths (printed as such), and one grid step smaller would not fit
        assertThat(String.valueOf(epsilon)).matches("0\\.\\d{1,3}");
        assertThat(ScoringPlan.sampledSeconds(1_000_000, 5_000_000, 40, 2, epsilon - 0.001, 0.1)).isGreaterThan(600);
        assertThat(plan.describe()).contains("exceeds the budget of 10 min", "sampled estimated");
    }

    @Test
    void aLargerBudgetNeverGivesALargerEpsilon() {
        double previous = 1;
        for (long minutes : new long[] {1, 5, 20, 60, 240}) {
            ScoringPlan plan = ScoringPlan.choose(1_000_000, 5_000_000, 40, 2, Duration.ofMinutes(minutes), 0.1, 1);
            double epsilon = ((BetweennessMethod.Sampled) plan.method()).epsilon();
            assertThat(epsilon).as("%d min", minutes).isLessThanOrEqualTo(previous);
            previous = epsilon;
        }
        assertThat(previous).isLessThan(0.05);
    }

    @Test
    void aZeroBudgetSamplesAtTheLargestEpsilonEvenForATinyNetwork() {
        ScoringPlan plan = ScoringPlan.choose(56, 166, 10, 2, Duration.ZERO, 0.1, 1);
        assertThat(plan.method()).isEqualTo(new BetweennessMethod.Sampled(0.2, 0.1, 1));
        assertThat(plan.describe()).startsWith("a zero budget samples at the largest ε");
    }

    @Test
    void aBudgetTooSmallEvenForTheLargestEpsilonSaysSo() {
        ScoringPlan plan = ScoringPlan.choose(1_000_000, 5_000_000, 40, 1, Duration.ofSeconds(1), 0.1, 1);
        assertThat(((BetweennessMethod.Sampled) plan.method()).epsilon()).isEqualTo(ScoringPlan.MAX_EPSILON);
        assertThat(plan.plannedSeconds()).isGreaterThan(1);
        assertThat(plan.describe()).contains("over the budget even at the largest ε");
    }

    @Test
    void moreThreadsMakeExactFitSooner() {
        double oneThread = 40_000.0 * 2 * 200_000 * ScoringPlan.nanosPerLinkVisit(200_000) * 1e-9;
        Duration budget = Duration.ofMillis((long) (oneThread * 1000 * 0.6));
        assertThat(ScoringPlan.choose(40_000, 200_000, 30, 1, budget, 0.1, 1).method())
                .isInstanceOf(BetweennessMethod.Sampled.class);
        assertThat(ScoringPlan.choose(40_000, 200_000, 30, 2, budget, 0.1, 1).method()).isEqualTo(BetweennessMethod.EXACT);
    }

    @Test
    void theCostPerLinkVisitFollowsTheCalibrationAndGrowsWithSize() {
        assertThat(ScoringPlan.nanosPerLinkVisit(1_000)).isEqualTo(25.0);
        assertThat(ScoringPlan.nanosPerLinkVisit(40_000)).isEqualTo(25.0);
        assertThat(ScoringPlan.nanosPerLinkVisit(500_000)).isCloseTo(45.0, within(1e-9));
        assertThat(ScoringPlan.nanosPerLinkVisit(5_000_000)).isCloseTo(110.0, within(1e-9));
        // half-way in log(links) between 40,000 and 500,000
        assertThat(ScoringPlan.nanosPerLinkVisit((long) Math.sqrt(40_000.0 * 500_000))).isCloseTo(35.0, within(1e-3));
        // beyond the last point the last segment's slope continues: never cheaper for a larger network
        assertThat(ScoringPlan.nanosPerLinkVisit(50_000_000)).isCloseTo(175.0, within(1e-6));
        double previous = 0;
        for (long links = 1_000; links < 100_000_000; links *= 3) {
            assertThat(ScoringPlan.nanosPerLinkVisit(links)).isGreaterThanOrEqualTo(previous);
            previous = ScoringPlan.nanosPerLinkVisit(links);
        }
    }

    @Test
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> ScoringPlan.choose(10, 10, 3, 0, Duration.ZERO, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetweennessMethod.Budgeted(Duration.ofSeconds(-1), 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetweennessMethod.Budgeted(Duration.ZERO, 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void networkScoringStatesTheModeTheBudgetChose() {
        IndexedGraph<String> g = IndexedGraph.of(SampleGraphs.random(200, 600, 3));
        NetworkScores<String> exact = new NetworkScoring<>(g, new NetworkScoring.Parameters(
                org.crimegraph.graph.PathLength.INVERSE_WEIGHT, 1, new BetweennessMethod.Budgeted(Duration.ofMinutes(30), 0.1, 1)))
                .compute();
        assertThat(exact.mode().sampled()).isFalse();
        assertThat(exact.mode().plan()).contains("fits");
        NetworkScores<String> sampled = new NetworkScoring<>(g, new NetworkScoring.Parameters(
                org.crimegraph.graph.PathLength.INVERSE_WEIGHT, 1, new BetweennessMethod.Budgeted(Duration.ZERO, 0.1, 1)))
                .compute();
        assertThat(sampled.mode().sampled()).isTrue();
        assertThat(sampled.mode().epsilon()).isEqualTo(0.2);
        assertThat(sampled.mode().distanceSamples()).isEqualTo(SampledDistances.sampleSize(200, 0.2, 0.1));
        assertThat(sampled.mode().betweennessSamples()).isPositive();
        assertThat(sampled.mode().describe()).contains("sampled, ε = 0.2", "Eppstein–Wang", "zero budget");
        // the sampled harmonic differs from the exact one, but within its bound (ε·n/((n−1)·shortest link))
        double bound = 0.2 * 200 / 199.0 / (1.0 / 3);
        for (int i = 0; i < 200; i++) {
            assertThat(Math.abs(sampled.scores().get(i).harmonic() - exact.scores().get(i).harmonic())).isLessThanOrEqualTo(bound);
        }
    }
}
