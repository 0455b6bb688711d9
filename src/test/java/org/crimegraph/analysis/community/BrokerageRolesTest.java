package org.crimegraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.crimegraph.analysis.IndexedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Brokerage roles on a hand-computed graph, and against the directed definitions on random graphs. */
class BrokerageRolesTest {

    /**
     * Groups {A,B,C} (0), {D,E} (1), {F,G} (2); edges A-B B-C B-D D-E D-F E-F G-A G-C G-F, weights 1 except D-F 2.
     * Open two-paths by hand:
     * A: B-A-G (0,0,2) gatekeeper/representative.
     * B: A-B-C coordinator; A-B-D and C-B-D gatekeeper/representative.
     * C: B-C-G gatekeeper/representative.
     * D: B-D-E gatekeeper/representative; B-D-F (0,1,2) liaison; E-D-F closed (E-F).
     * E: D-E-F closed.
     * F: D-F-G and E-F-G gatekeeper/representative; D-F-E closed.
     * G: A-G-C (0,2,0) itinerant; A-G-F and C-G-F gatekeeper/representative.
     */
    static final String HAND = "A,B,1 B,C,1 B,D,1 D,E,1 D,F,2 E,F,1 G,A,1 G,C,1 G,F,1";

    static Communities handGroups(IndexedGraph<String> g) {
        return Communities.of("given", 1.0, 0, g, new int[] {0, 0, 0, 1, 1, 2, 2});
    }

    @Test
    void handComputedRoles() {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.parse(HAND));
        BrokerageRoles roles = new BrokerageRoles(g, handGroups(g));
        // vertex:       A  B  C  D  E  F  G
        int[] coordinator = {0, 1, 0, 0, 0, 0, 0};
        int[] itinerant = {0, 0, 0, 0, 0, 0, 1};
        int[] gatekeeper = {1, 2, 1, 1, 0, 2, 2};
        int[] liaison = {0, 0, 0, 1, 0, 0, 0};
        for (int i = 0; i < 7; i++) {
            assertThat(roles.coordinator(i)).as("coordinator " + g.vertex(i)).isEqualTo(coordinator[i]);
            assertThat(roles.itinerant(i)).as("itinerant " + g.vertex(i)).isEqualTo(itinerant[i]);
            assertThat(roles.gatekeeperRepresentative(i)).as("gatekeeper " + g.vertex(i)).isEqualTo(gatekeeper[i]);
            assertThat(roles.liaison(i)).as("liaison " + g.vertex(i)).isEqualTo(liaison[i]);
            assertThat(roles.total(i)).isEqualTo(coordinator[i] + itinerant[i] + gatekeeper[i] + liaison[i]);
            assertThat(roles.betweenCommunities(i)).isEqualTo(itinerant[i] + gatekeeper[i] + liaison[i]);
        }
    }

    @Test
    void summaryOfTheHandGraph() {
        IndexedGraph<String> g = TestGraphs.indexed(TestGraphs.parse(HAND));
        Communities c = handGroups(g);
        var profiles = new CommunitySummary<>(g, c, new BrokerageRoles(g, c), 2).profiles();
        assertThat(profiles).hasSize(3);
        CommunityProfile<String> abc = profiles.get(0);
        assertThat(abc.members()).containsExactly("A", "B", "C");
        assertThat(abc.internalLinks()).isEqualTo(2);
        assertThat(abc.density()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(abc.internalWeight()).isEqualTo(2.0);
        assertThat(abc.externalWeight()).isEqualTo(3.0); // B-D, G-A, G-C
        // B: 2 between-community two-paths; A and C: 1 each, tie broken by vertex order; at most 2 listed
        assertThat(abc.brokers()).extracting(CommunityProfile.Broker::vertex).containsExactly("B", "A");
        assertThat(abc.brokers().get(0).brokerage()).isEqualTo(2);
        CommunityProfile<String> de = profiles.get(1);
        assertThat(de.members()).containsExactly("D", "E");
        assertThat(de.density()).isEqualTo(1.0);
        assertThat(de.externalWeight()).isEqualTo(4.0); // B-D 1, D-F 2, E-F 1
        assertThat(de.brokers()).extracting(CommunityProfile.Broker::vertex).containsExactly("D", "E");
        assertThat(de.brokers().get(0).externalLinks()).isEqualTo(2);
        assertThat(de.brokers().get(0).externalWeight()).isEqualTo(3.0);
        assertThat(de.brokers().get(1).brokerage()).isZero(); // E: its only open path would be closed
        CommunityProfile<String> fg = profiles.get(2);
        assertThat(fg.brokers()).extracting(CommunityProfile.Broker::vertex).containsExactly("G", "F");
    }

    /**
     * The directed definitions of Gould and Fernandez (1989) on the symmetric digraph, enumerated over
     * ordered triples: coordinator, itinerant and liaison counts are twice ours; gatekeeper and
     * representative each equal our gatekeeper/representative count.
     */
    @Test
    void matchesTheDirectedDefinitionsOnTheSymmetricDigraph() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 12 + random.nextInt(10);
            Graph<String, DefaultWeightedEdge> graph = TestGraphs.empty();
            boolean[][] adjacent = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                graph.addVertex(TestGraphs.name(i));
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < 0.3) {
                        TestGraphs.link(graph, i, j);
                        adjacent[i][j] = adjacent[j][i] = true;
                    }
                }
            }
            IndexedGraph<String> g = TestGraphs.indexed(graph);
            int[] raw = new int[n];
            for (int i = 0; i < n; i++) {
                raw[i] = random.nextInt(4);
            }
            Communities c = Communities.of("given", 1.0, 0, g, raw);
            BrokerageRoles roles = new BrokerageRoles(g, c);
            for (int b = 0; b < n; b++) {
                int coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0;
                for (int a = 0; a < n; a++) {
                    for (int x = 0; x < n; x++) {
                        if (a == x || a == b || x == b || !adjacent[a][b] || !adjacent[b][x] || adjacent[a][x]) {
                            continue;
                        }
                        int ga = c.communityOf(a), gb = c.communityOf(b), gx = c.communityOf(x);
                        if (ga == gb && gb == gx) {
                            coordinator++;
                        } else if (ga == gx) {
                            itinerant++;
                        } else if (ga == gb) {
                            representative++;
                        } else if (gb == gx) {
                            gatekeeper++;
                        } else {
                            liaison++;
                        }
                    }
                }
                assertThat(2 * roles.coordinator(b)).isEqualTo(coordinator);
                assertThat(2 * roles.itinerant(b)).isEqualTo(itinerant);
                assertThat(2 * roles.liaison(b)).isEqualTo(liaison);
                assertThat(roles.gatekeeperRepresentative(b)).isEqualTo(gatekeeper).isEqualTo(representative);
            }
        }
    }
}
