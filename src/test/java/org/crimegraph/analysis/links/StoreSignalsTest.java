package org.crimegraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.community.TestGraphs;
import org.junit.jupiter.api.Test;

/** The store signals of suggested links: common numbers, activity overlap without the pair's own evidence. */
class StoreSignalsTest {

    private static final Duration WINDOW = Duration.ofMinutes(30);

    private static IndexedGraph<String> graph(String... ids) {
        return IndexedGraph.fromEdges(List.of(ids), new int[0], new int[0], new double[0], 0);
    }

    private static StoreSignals.DatedEvent<String> event(String person, String id, String at) {
        return new StoreSignals.DatedEvent<>(person, id, Instant.parse(at), null);
    }

    @Test
    void isoWeeksRunMondayToSunday() {
        assertThat(StoreSignals.week(Instant.parse("2024-01-01T00:00:00Z")))
                .isEqualTo(StoreSignals.week(Instant.parse("2024-01-07T23:59:59Z")));
        assertThat(StoreSignals.week(Instant.parse("2024-01-08T00:00:00Z")))
                .isEqualTo(StoreSignals.week(Instant.parse("2024-01-07T00:00:00Z")) + 1);
        assertThat(StoreSignals.week(Instant.parse("1969-12-29T00:00:00Z"))).isZero();
    }

    @Test
    void commonNumbersAreWeighedByTheirContactsAsAdamicAdar() {
        IndexedGraph<String> g = graph("A", "B", "C", "D");
        List<StoreSignals.NumberCall<String>> calls = List.of(
                new StoreSignals.NumberCall<>("A", "+1", true), new StoreSignals.NumberCall<>("B", "+1", true),
                new StoreSignals.NumberCall<>("A", "+2", false), new StoreSignals.NumberCall<>("B", "+2", true),
                new StoreSignals.NumberCall<>("C", "+2", true), new StoreSignals.NumberCall<>("D", "+2", true),
                new StoreSignals.NumberCall<>("X", "+1", true)); // not in the network: ignored
        StoreSignals<String> s = StoreSignals.of(g, calls, List.of(), WINDOW);
        StoreSignals.Pair ab = s.pair(0, 1);
        assertThat(ab.numberCount()).isEqualTo(2);
        assertThat(ab.commonNumbers()).isCloseTo(1 / Math.log(2) + 1 / Math.log(4), within(1e-12));
        assertThat(ab.named()).extracting(StoreSignals.CommonNumber::number).containsExactly("+1", "+2");
        assertThat(ab.named().get(0).verb()).isEqualTo("both called");
        assertThat(ab.named().get(1).verb()).isEqualTo("both were in calls with");
        assertThat(s.pair(1, 0)).isEqualTo(ab);
        assertThat(s.pair(2, 3).commonNumbers()).isCloseTo(1 / Math.log(4), within(1e-12));
    }

    @Test
    void activityOverlapLeavesOutTheEventsThatJoinThePair() {
        IndexedGraph<String> g = graph("A", "B", "C");
        List<StoreSignals.DatedEvent<String>> events = new ArrayList<>(List.of(
                // week 1: A and B call each other (their own link's evidence); C is active that week too
                event("A", "call:1", "2024-01-02T10:00:00Z"), event("B", "call:1", "2024-01-02T10:00:00Z"),
                event("C", "call:9", "2024-01-03T10:00:00Z"),
                // week 2: A and C each have their own call
                event("A", "call:2", "2024-01-09T10:00:00Z"), event("C", "call:3", "2024-01-10T10:00:00Z"),
                // week 3: B alone
                event("B", "call:4", "2024-01-16T10:00:00Z")));
        StoreSignals<String> s = StoreSignals.of(g, List.of(), events, WINDOW);
        // A–B: without call 1, A has week 2, B week 3: nothing in common
        assertThat(s.pair(0, 1).activity()).isZero();
        assertThat(s.pair(0, 1).activeWeeks()).isEqualTo(2);
        // A–C: A weeks {1, 2}, C weeks {1, 2}: call 1 does not join A and C, so it stays
        assertThat(s.pair(0, 2).activity()).isEqualTo(1.0);
        // B–C: B {1, 3}, C {1, 2}
        assertThat(s.pair(1, 2).activity()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void crossingsOfOnePlaceWithinTheWindowJoinThePairAndAreLeftOut() {
        IndexedGraph<String> g = graph("A", "B", "C");
        List<StoreSignals.DatedEvent<String>> events = List.of(
                new StoreSignals.DatedEvent<>("A", "crossing:1", Instant.parse("2024-01-02T10:00:00Z"), "L1"),
                new StoreSignals.DatedEvent<>("B", "crossing:2", Instant.parse("2024-01-02T10:20:00Z"), "L1"),
                new StoreSignals.DatedEvent<>("C", "crossing:3", Instant.parse("2024-01-02T11:00:00Z"), "L1"));
        StoreSignals<String> s = StoreSignals.of(g, List.of(), events, WINDOW);
        assertThat(s.pair(0, 1).activity()).isZero(); // crossed together: their own evidence
        assertThat(s.pair(0, 2).activity()).isEqualTo(1.0); // 60 minutes apart: not together, same week
        assertThat(s.pair(1, 2).activity()).isEqualTo(1.0); // 40 minutes apart: not together, same week
    }

    @Test
    void emptyStoreSignalsScoreAsTheStructuralPredictorsAlone() {
        IndexedGraph<String> karate = TestGraphs.karate(false);
        LinkPrediction.Result<String> structural = new LinkPrediction<>(karate, LinkPrediction.Parameters.DEFAULTS)
                .compute(Monitor.NONE);
        LinkPrediction.Result<String> withSignals = new LinkPrediction<>(karate, LinkPrediction.Parameters.DEFAULTS,
                StoreSignals.of(karate, List.of(), List.of(), WINDOW)).compute(Monitor.NONE);
        assertThat(withSignals.storeSignals()).isTrue();
        assertThat(structural.storeSignals()).isFalse();
        assertThat(withSignals.suggestions()).hasSameSizeAs(structural.suggestions());
        for (int k = 0; k < structural.suggestions().size(); k++) {
            LinkSuggestion<String> a = structural.suggestions().get(k);
            LinkSuggestion<String> b = withSignals.suggestions().get(k);
            assertThat(b.source() + "-" + b.target()).isEqualTo(a.source() + "-" + a.target());
            assertThat(b.score()).isEqualTo(a.score());
            assertThat(b.reasons()).isEqualTo(a.reasons());
        }
        assertThat(withSignals.training().model().coefficients()).hasSize(9);
        assertThat(withSignals.training().model().coefficients()[PairFeatures.COMMON_NUMBERS]).isZero();
    }

    @Test
    void pairsSharingASmallUnownedNumberBecomeCandidatesAndHubsDoNot() {
        IndexedGraph<String> g = IndexedGraph.fromEdges(List.of("A", "B", "C", "D"), new int[] {0, 2},
                new int[] {1, 3}, new double[] {1, 1}, 2);
        List<StoreSignals.NumberCall<String>> calls = List.of(new StoreSignals.NumberCall<>("A", "+1", true),
                new StoreSignals.NumberCall<>("C", "+1", true));
        int[] community = {0, 0, 1, 1};
        long[] without = CandidatePairs.of(g, community, 50, Monitor.NONE);
        long[] with = CandidatePairs.of(g, community, 50, StoreSignals.of(g, calls, List.of(), WINDOW), Monitor.NONE);
        assertThat(without).doesNotContain(CandidatePairs.key(0, 2));
        assertThat(with).contains(CandidatePairs.key(0, 2));
        List<StoreSignals.NumberCall<String>> hub = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= StoreSignals.MAX_CANDIDATE_CONTACTS; i++) {
            ids.add(String.format("P%03d", i));
            hub.add(new StoreSignals.NumberCall<>(ids.get(i), "+9", true));
        }
        IndexedGraph<String> many = IndexedGraph.fromEdges(ids, new int[0], new int[0], new double[0], 0);
        int[] alone = new int[ids.size()];
        for (int i = 0; i < alone.length; i++) {
            alone[i] = i;
        }
        assertThat(CandidatePairs.of(many, alone, 50, StoreSignals.of(many, hub, List.of(), WINDOW), Monitor.NONE))
                .isEmpty();
    }
}
