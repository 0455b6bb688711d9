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

        // score = (mean percentile + 0.1 + 0.2 * 5/9) / 1.3, below 1 although P004 tops every measure
        double meanPercentile = (top.betweenness().percentile() + top.pageRank().percentile()
                + top.strength().percentile()) / 3;
        assertThat(top.score()).isCloseTo((meanPercentile + 0.1 + 0.2 * 5 / 9) / 1.3, within(1e-12));
        assertThat(targets).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0).isLessThan(1.0));

        assertThat(top.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("highest betweenness (0.667): lies on 67% of shortest paths between other persons"
                        + " (path length: 1/weight, strong tie = short link)"));
        assertThat(top.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("articulation point: removal cuts off 5 persons; it splits its component (10 persons)"
                        + " into 3 pieces and the largest keeps 40% of it"));
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
