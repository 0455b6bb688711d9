package org.crimegraph.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.TargetRanking;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.junit.jupiter.api.Test;

/** The timeline on hand-built windows: rank changes, entering and leaving, and community events. */
class TimelineTest {

    private static final Set<String> KIND = new TreeSet<>(List.of("call"));

    /** The window's network: cliques (each a list of persons) plus extra links "A-B". */
    private static ScoredWindow window(int month, List<List<String>> cliques, String... extra) {
        List<PersonLink> links = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (List<String> clique : cliques) {
            for (int i = 0; i < clique.size(); i++) {
                names.put(clique.get(i), "Name " + clique.get(i));
                for (int j = i + 1; j < clique.size(); j++) {
                    links.add(link(clique.get(i), clique.get(j)));
                }
            }
        }
        for (String pair : extra) {
            String[] ends = pair.split("-");
            links.add(link(ends[0], ends[1]));
        }
        PersonNetwork network = PersonNetwork.of(names, links);
        IndexedGraph<String> indexed = IndexedGraph.of(network.graph());
        NetworkScores<String> scores = new NetworkScoring<>(indexed, NetworkScoring.Parameters.of(PathLength.HOPS, 1))
                .compute();
        Communities communities = CommunityAlgorithm.LEIDEN.run(network.graph(), indexed, 1.0, 1L,
                org.crimegraph.analysis.Monitor.NONE);
        Instant from = Instant.parse(String.format("2026-%02d-01T00:00:00Z", month));
        Instant to = Instant.parse(String.format("2026-%02d-01T00:00:00Z", month + 1));
        return new ScoredWindow(new TimeWindow(from, to), network, scores, communities,
                new TargetRanking(network, scores).targets());
    }

    private static PersonLink link(String a, String b) {
        return new PersonLink(a, b, 1.0, new TreeSet<>(KIND), new TreeSet<>(), null, null);
    }

    private static final List<String> LEFT = List.of("A", "B", "C", "D");
    private static final List<String> RIGHT = List.of("E", "F", "G", "H");

    @Test
    void ranksEnteringLeavingAndCommunityEventsFollowTheWindows() {
        Timeline timeline = Timeline.of(List.of(
                // January: two cliques joined by the bridge D-E
                window(1, List.of(LEFT, RIGHT), "D-E"),
                // February: one clique of all eight (the two groups merge)
                window(2, List.of(List.of("A", "B", "C", "D", "E", "F", "G", "H"))),
                // March: the two groups apart again (a split), and a new group X, Y, Z (a birth)
                window(3, List.of(LEFT, RIGHT, List.of("X", "Y", "Z"))),
                // April: X, Y, Z gone (a death); the two groups continue, now joined by C-F
                window(4, List.of(LEFT, RIGHT), "C-F")));

        assertThat(timeline.pathLength()).isEqualTo(PathLength.HOPS);
        // the bridge ends D and E share betweenness rank 1 in January, C and F in April
        Timeline.PersonSeries d = series(timeline, "D");
        assertThat(d.rank(0, VertexScore.BETWEENNESS)).isEqualTo(1);
        assertThat(d.rank(3, VertexScore.BETWEENNESS)).isGreaterThan(1);
        assertThat(series(timeline, "C").rank(3, VertexScore.BETWEENNESS)).isEqualTo(1);
        assertThat(series(timeline, "X").windows().get(0)).isNull();
        // best rank 1 for everyone (a clique ties all at 0 in February); then mean rank: X, Y, Z 1 (March only),
        // C, D, E, F 1.5 (bridge ends once each), A, B, G, H 2; then id
        assertThat(timeline.top(VertexScore.BETWEENNESS, 5)).extracting(Timeline.PersonSeries::personId)
                .containsExactly("X", "Y", "Z", "C", "D");

        assertThat(timeline.windows().get(2).entering()).containsExactly("X", "Y", "Z");
        assertThat(timeline.windows().get(3).leaving()).containsExactly("X", "Y", "Z");
        // Freeman betweenness centralisation: 0 for a clique, positive with a bridge
        assertThat(timeline.windows().get(1).betweennessCentralisation()).isCloseTo(0.0, offset(1e-12));
        assertThat(timeline.windows().get(1).degreeCentralisation()).isCloseTo(0.0, offset(1e-12));
        assertThat(timeline.windows().get(0).betweennessCentralisation()).isPositive();
        assertThat(timeline.windows().get(1).communities()).isEqualTo(1);

        assertThat(kinds(timeline, 0)).containsExactly(CommunityMatching.Kind.MERGED);
        assertThat(kinds(timeline, 1)).containsExactly(CommunityMatching.Kind.SPLIT, CommunityMatching.Kind.APPEARED);
        assertThat(kinds(timeline, 2)).containsExactlyInAnyOrder(CommunityMatching.Kind.CONTINUED,
                CommunityMatching.Kind.CONTINUED, CommunityMatching.Kind.DISSOLVED);
        CommunityMatching.Change birth = timeline.transitions().get(1).changes().get(1);
        assertThat(birth.members()).containsExactly("X", "Y", "Z");
        assertThat(birth.before()).isEmpty();
    }

    private static List<CommunityMatching.Kind> kinds(Timeline timeline, int transition) {
        return timeline.transitions().get(transition).changes().stream().map(CommunityMatching.Change::kind).toList();
    }

    private static Timeline.PersonSeries series(Timeline timeline, String id) {
        return timeline.persons().stream().filter(p -> p.personId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void starCentralisationIsOne() {
        ScoredWindow star = window(1, List.of(), "H-A", "H-B", "H-C", "H-D");
        assertThat(Centralisation.degree(star.scores())).isCloseTo(1.0, offset(1e-12));
        assertThat(Centralisation.betweenness(star.scores())).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void consecutiveWindowsFollowTheCalendarAndAreCutAtTheEnd() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-15T00:00:00Z");
        List<TimeWindow> monthly = TimeWindows.consecutive(from, to, Period.ofMonths(1), Period.ofMonths(1));
        assertThat(monthly).extracting(TimeWindow::label)
                .containsExactly("2026-01-01/2026-02-01", "2026-02-01/2026-03-01", "2026-03-01/2026-03-15");
        assertThat(TimeWindows.consecutive(from, to, Period.ofMonths(1), Period.ofMonths(1), false).get(2).label())
                .isEqualTo("2026-03-01/2026-04-01");
        List<TimeWindow> sliding = TimeWindows.consecutive(from, to, Period.ofMonths(2), Period.ofMonths(1));
        assertThat(sliding).extracting(TimeWindow::label)
                .containsExactly("2026-01-01/2026-03-01", "2026-02-01/2026-03-15", "2026-03-01/2026-03-15");
        assertThat(TimeWindows.parse("2026-01-01/2026-02-01, 2026-02-01T12:00:00Z/2026-03-01"))
                .extracting(TimeWindow::label).containsExactly("2026-01-01/2026-02-01", "2026-02-01T12:00:00Z/2026-03-01");
        assertThatThrownBy(() -> TimeWindows.consecutive(from, Instant.parse("2030-01-01T00:00:00Z"), Period.ofDays(1),
                Period.ofDays(1))).hasMessageContaining("more than 1000 windows");
        assertThatThrownBy(() -> TimeWindows.period("P0D", "--step")).hasMessageContaining("--step");
    }
}
