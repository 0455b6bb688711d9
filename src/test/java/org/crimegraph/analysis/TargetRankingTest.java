package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;

class TargetRankingTest {

    /**
     * Two cells of four, each a clique, joined through P004 (Dirk Vos), who also has a lone contact P011.
     * <pre>
     *   P001 P002 P009 (+P003) -- P003 == P004 == P005 -- (P005+) P006 P007 P008
     *                                      |
     *                                     P011
     * </pre>
     */
    private static PersonNetwork network() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("P001", "Anna Berg");
        names.put("P002", "Bram Cole");
        names.put("P003", "Carl Dunn");
        names.put("P004", "Dirk Vos");
        names.put("P005", "Eva Lund");
        names.put("P006", "Finn Moss");
        names.put("P007", "Gina Holt");
        names.put("P008", "Hugo Rask");
        names.put("P009", "Ines Tal");
        names.put("P011", "Karl Wex");
        List<PersonLink> links = new ArrayList<>();
        int report = 20;
        for (String[] cell : new String[][] {{"P001", "P002", "P003", "P009"}, {"P005", "P006", "P007", "P008"}}) {
            for (int i = 0; i < cell.length; i++) {
                for (int j = i + 1; j < cell.length; j++) {
                    links.add(link(cell[i], cell[j], 1.0, Set.of("associate"), Set.of("R0" + report++)));
                }
            }
        }
        links.add(link("P003", "P004", 3.0, Set.of("call", "associate"), Set.of("R003", "R011")));
        links.add(link("P004", "P005", 2.5, Set.of("transaction"), Set.of("R005")));
        links.add(link("P004", "P011", 0.5, Set.of("call"), Set.of("R007")));
        return PersonNetwork.of(names, links);
    }

    private static PersonLink link(String a, String b, double weight, Set<String> kinds, Set<String> reports) {
        return new PersonLink(a, b, weight, new java.util.TreeSet<>(kinds), new java.util.TreeSet<>(reports),
                Grade.parse("2B"), HandlingCode.P);
    }

    @Test
    void brokerRanksFirstAndReasonsCiteStructureAndReports() {
        PersonNetwork network = network();
        NetworkScores<String> scores = new NetworkScoring<>(IndexedGraph.of(network.graph()), NetworkScoring.Parameters.defaults(2)).compute();
        List<Target> targets = new TargetRanking(network, scores).targets();

        assertThat(targets).hasSize(10);
        assertThat(targets).extracting(Target::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Target top = targets.get(0);
        assertThat(top.personId()).isEqualTo("P004");
        assertThat(top.name()).isEqualTo("Dirk Vos");
        // P004 lies on all 4x4 + 4x1 + 4x1 = 24 pairs across its three sides, of C(9,2) = 36
        assertThat(top.betweenness().value()).isCloseTo(24.0 / 36, within(1e-12));
        assertThat(top.betweenness().rank()).isEqualTo(1);
        assertThat(top.betweenness().percentile()).isEqualTo(1.0);
        assertThat(top.articulationPoint()).isTrue();
        // removal leaves {P001,P002,P003,P009}, {P005..P008} and {P011}: 5 of 9 others cut off from a largest piece of 4
        assertThat(top.removal()).isEqualTo(new RemovalEffect(10, 3, 4, 3));
        assertThat(top.strongestLinks()).extracting(LinkEvidence::personId).containsExactly("P003", "P005", "P011");
        assertThat(top.strongestLinks().get(0).reportIds()).containsExactly("R003", "R011");

        // P004 cuts off 5 persons, P011 a contact with no other link among them: the bonus counts the 4 others
        // on a log scale of the component, 0.3 ln(1 + 4) / ln 10 = 0.209691, above the share 0.3 * 5/9 = 0.1667;
        // mean percentile 53/54 = 0.981481; score (0.981481 + 0.209691) / 1.3 = 0.916287 (NetworkX on the same
        // network gives this order and these scores for all ten)
        double meanPercentile = (top.betweenness().percentile() + top.pageRank().percentile()
                + top.strength().percentile()) / 3;
        assertThat(meanPercentile).isCloseTo(53.0 / 54, within(1e-12));
        assertThat(top.score()).isCloseTo((53.0 / 54 + 0.3 * Math.log(5) / Math.log(10)) / 1.3, within(1e-12));
        assertThat(top.score()).isCloseTo(0.916287, within(5e-7));
        assertThat(targets).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0).isLessThan(1.0));
        // P003 cuts off the 3 others of its cell: 0.3 ln 4 / ln 10 = 0.180618, mean percentile 8/9
        Target p003 = targets.stream().filter(t -> t.personId().equals("P003")).findFirst().orElseThrow();
        assertThat(p003.score()).isCloseTo((8.0 / 9 + 0.3 * Math.log(4) / Math.log(10)) / 1.3, within(1e-12))
                .isCloseTo(0.822698, within(5e-7));
        assertThat(targets).extracting(Target::personId)
                .containsExactly("P004", "P003", "P005", "P006", "P007", "P008", "P001", "P002", "P009", "P011");

        assertThat(top.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("highest betweenness (0.667): lies on 67% of shortest paths between other persons"
                        + " (path length: 1/weight, strong tie = short link)"));
        assertThat(top.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("articulation point: removal cuts off 5 persons (1 of them with no other link); it splits"
                        + " its component (10 persons) into 3 pieces and the largest keeps 40% of it"));
        // a real cut: right after betweenness
        assertThat(top.reasons().get(1)).startsWith("articulation point: removal cuts off 5 persons");
        assertThat(top.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("strongest links: P003 Carl Dunn (weight 3; associate, call; reports R003, R011); "
                        + "P005 Eva Lund (weight 2.5; transaction; reports R005); "
                        + "P011 Karl Wex (weight 0.5; call; reports R007)"));

        // the two cell connectors follow, both articulation points
        assertThat(targets.subList(1, 3)).extracting(Target::personId).containsExactlyInAnyOrder("P003", "P005");
        assertThat(targets.subList(1, 3)).allMatch(Target::articulationPoint);
        // the lone contact is not an articulation point and gets no bonus
        Target lone = targets.stream().filter(t -> t.personId().equals("P011")).findFirst().orElseThrow();
        assertThat(lone.articulationPoint()).isFalse();
        assertThat(lone.reasons()).noneMatch(r -> r.startsWith("articulation point"));
        assertThat(lone.reasons()).anyMatch(r -> r.startsWith("betweenness 0: lies on no shortest path"));
        assertThat(lone.reasons()).contains("strongest link: P004 Dirk Vos (weight 0.5; call; reports R007)");
    }

    /**
     * A broker X between two cells of five (not a cut point: a weak link A3-B3 also joins them) and A1, a
     * member of cell A with one contact P who has no other link. X tops every measure; A1 is a cut point only
     * because of P. The old fixed 0.1 for any cut point ranked A1 first (0.790 against 0.769, NetworkX).
     */
    @Test
    void aPendantContactDoesNotLiftAHubAboveTheBroker() {
        List<PersonLink> links = new ArrayList<>();
        int report = 0;
        for (String cell : List.of("A", "B")) {
            for (int i = 1; i <= 5; i++) {
                for (int j = i + 1; j <= 5; j++) {
                    links.add(link(cell + i, cell + j, 1.0, Set.of("associate"), Set.of("R" + report++)));
                }
            }
        }
        for (String member : List.of("A1", "A2", "B1", "B2")) {
            links.add(link("X", member, 2.0, Set.of("call"), Set.of("R" + report++)));
        }
        links.add(link("A3", "B3", 0.2, Set.of("call"), Set.of("R" + report++)));
        links.add(link("A1", "P", 1.0, Set.of("call"), Set.of("R" + report++)));
        PersonNetwork network = PersonNetwork.of(Map.of(), links);
        assertThat(network.pendantContacts("A1")).isEqualTo(1);
        assertThat(network.pendantContacts("X")).isZero();
        List<Target> targets = new TargetRanking(network,
                new NetworkScoring<>(IndexedGraph.of(network.graph()), NetworkScoring.Parameters.defaults(1)).compute())
                .targets();

        assertThat(targets).extracting(Target::personId).startsWith("X", "A1");
        Target broker = targets.get(0);
        assertThat(broker.articulationPoint()).isFalse();
        assertThat(broker.score()).isCloseTo(1 / 1.3, within(1e-12));
        Target hub = targets.get(1);
        assertThat(hub.removal()).isEqualTo(new RemovalEffect(12, 2, 10, 2));
        // mean percentile 10/11 (NetworkX); the bonus is only the share, 0.3 * 1/11
        assertThat(hub.score()).isCloseTo((10.0 / 11 + 0.3 / 11) / 1.3, within(1e-12)).isCloseTo(0.720280, within(5e-7));
        // the fact is kept, for what it is, after the measures
        String cut = "articulation point, but removal only cuts off 1 person with no other link; the other 10 persons"
                + " of its component stay connected";
        assertThat(hub.reasons()).contains(cut);
        assertThat(hub.reasons().indexOf(cut)).isGreaterThan(hub.reasons().indexOf(
                hub.reasons().stream().filter(r -> r.startsWith("strength")).findFirst().orElseThrow()));
    }

    @Test
    void theBonusRewardsWhatARemovalCutsOffAtAnyScale() {
        // one contact with no other link in a component of 100,000: the share, 0.3 / 99,999, under one rank step
        assertThat(TargetRanking.bonus(new RemovalEffect(100_000, 2, 99_998, 2), 1)).isCloseTo(3.0e-6, within(1e-10))
                .isLessThan(1.0 / 3 / 99_999);
        // a 50-person cell cut off from 100,000: 0.3 ln 51 / ln 100,000 = 0.102454
        assertThat(TargetRanking.bonus(new RemovalEffect(100_000, 2, 99_949, 2), 0)).isCloseTo(0.102454, within(5e-7));
        // the centre of a star of 10: nine contacts with no other link, eight of them cut off from the ninth
        assertThat(TargetRanking.bonus(new RemovalEffect(10, 9, 1, 9), 8)).isCloseTo(0.3 * 8 / 9, within(1e-12));
        // 500 of 1,000 cut off from the other 499: 0.3 ln 501 / ln 1,000 = 0.269984
        assertThat(TargetRanking.bonus(new RemovalEffect(1_000, 2, 499, 2), 0)).isCloseTo(0.269984, within(5e-7));
        // not a cut point
        assertThat(TargetRanking.bonus(new RemovalEffect(1_000, 1, 999, 1), 0)).isZero();
        // always below 0.3: the most a removal can cut off is all but one of the others
        assertThat(TargetRanking.bonus(new RemovalEffect(3, 2, 1, 2), 1)).isLessThan(TargetRanking.BONUS);
        assertThat(TargetRanking.bonus(new RemovalEffect(1_000_000, 999_999, 1, 999_999), 999_998))
                .isLessThan(TargetRanking.BONUS);
        assertThat(TargetRanking.bonus(new RemovalEffect(1_000_000, 2, 500_000, 2), 0)).isLessThan(TargetRanking.BONUS);
    }

    @Test
    void tiesAreBrokenByPersonId() {
        // a 4-cycle: everyone is equal
        List<PersonLink> links = List.of(
                link("B", "C", 1, Set.of("call"), Set.of("R1")), link("C", "D", 1, Set.of("call"), Set.of("R2")),
                link("D", "A", 1, Set.of("call"), Set.of("R3")), link("A", "B", 1, Set.of("call"), Set.of("R4")));
        PersonNetwork network = PersonNetwork.of(Map.of(), links);
        List<Target> targets = new TargetRanking(network, new NetworkScoring<>(IndexedGraph.of(network.graph()), NetworkScoring.Parameters.defaults(1)).compute()).targets();
        assertThat(targets).extracting(Target::personId).containsExactly("A", "B", "C", "D");
        assertThat(targets.get(0).betweenness().rank()).isEqualTo(1);
        assertThat(targets.get(0).betweenness().percentile()).isEqualTo(0.5);
        assertThat(targets.get(0).reasons()).anyMatch(r -> r.startsWith("joint highest betweenness"));
        assertThat(new TargetRanking(network, new NetworkScoring<>(IndexedGraph.of(network.graph()), NetworkScoring.Parameters.defaults(1)).compute()).top(2)).hasSize(2);
    }
}
