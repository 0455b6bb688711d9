package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link queries on the sample case (sample-data/README.md), in one embedded Neo4j. Known answers from
 * NetworkX 2.8.8 on the person network built by scripts/check_sample_data.py:
 * <pre>
 * g = check_sample_data.project(check_sample_data.load('sample-data'))
 * list(nx.all_shortest_paths(g, 'P001', 'P039'))
 *   -> [['P001','P041','P040','P030','P039'], ['P001','P041','P040','P033','P039']]
 * nx.node_connectivity(g, 'P001', 'P039') -> 2 ;  nx.node_connectivity(g, 'P010', 'P030') -> 3
 * list(nx.all_shortest_paths(g, 'P002', 'P030')) -> [['P002','P010','P020','P030']]
 * sorted(g['P046']) -> ['P039','P047','P048','P049']
 * </pre>
 */
class LinkQueriesSampleTest {

    @TempDir
    static Path dir;

    static GraphStore store;
    static LinkQueryRunner runner;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ingest() {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
        new Ingestion(store, IngestContext.defaults(), 1000, new PrintStream(OutputStream.nullOutputStream()))
                .run(List.of(Path.of("sample-data")));
        runner = new LinkQueryRunner(store, dir.resolve("audit.jsonl"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> ids(JsonNode persons) {
        List<String> ids = new ArrayList<>();
        persons.forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    void theLeadersLinkToTheCourierGoesThroughTheCashCollectorBrokerWithTheReportsNamed() throws Exception {
        LinkQueryRunner.Run run = runner.run(new PathCommand(), "P001", "P039", "--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(run.out());
        JsonNode path = root.get("paths").get(0);
        List<String> persons = ids(path.get("persons"));
        assertThat(persons).hasSize(5);
        assertThat(persons.subList(0, 3)).containsExactly("P001", "P041", "P040");
        assertThat(persons.get(3)).isIn("P030", "P033");
        assertThat(persons.get(4)).isEqualTo("P039");
        // leader -> accountant: the money (DNRED's financial enquiry RPT-005) and the meeting M03 (RPT-016)
        JsonNode first = path.get("links").get(0);
        List<String> kinds = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        first.get("evidence").forEach(e -> {
            kinds.add(e.get("kind").asText());
            e.get("reports").forEach(r -> reports.add(r.asText()));
        });
        assertThat(kinds).contains("transaction", "meeting");
        assertThat(reports).contains("RPT-005", "RPT-016");
        List<String> cited = new ArrayList<>();
        root.get("reports").forEach(r -> cited.add(r.get("id").asText() + " " + r.get("agency").asText() + " "
                + r.get("grade").asText() + " " + r.get("handling").asText()));
        assertThat(cited).contains("RPT-005 DNRED 1A C", "RPT-016 OFAST 2C C");

        LinkQueryRunner.Run table = runner.run(new PathCommand(), "Olivier Marchand", "Fish");
        assertThat(table.code()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("P040 Nathan Cole", "Path length: hops", "RPT-005", "DNRED");
    }

    @Test
    void yenListsBothShortestPathsFirstAndSuurballeFindsTheTwoDisjointRoutes() throws Exception {
        JsonNode yen = JSON.readTree(runner.run(new PathCommand(), "P001", "P039", "--k", "3", "--format", "json").out());
        assertThat(yen.get("paths")).hasSize(3);
        assertThat(ids(yen.get("paths").get(0).get("persons"))).hasSize(5);
        assertThat(ids(yen.get("paths").get(1).get("persons"))).hasSize(5);
        assertThat(List.of(ids(yen.get("paths").get(0).get("persons")).get(3), ids(yen.get("paths").get(1).get("persons")).get(3)))
                .containsExactlyInAnyOrder("P030", "P033");
        assertThat(yen.get("paths").get(2).get("hops").asInt()).isGreaterThan(4);

        JsonNode disjoint = JSON.readTree(runner.run(new PathCommand(), "P001", "P039", "--disjoint", "--format", "json").out());
        assertThat(disjoint.get("paths")).hasSize(2); // node connectivity 2: the leader has two contacts
        JsonNode three = JSON.readTree(runner.run(new PathCommand(), "P010", "P030", "--disjoint", "--format", "json").out());
        assertThat(three.get("paths")).hasSize(3);
    }

    @Test
    void underPartnerReleaseTheCourierKnownOnlyFromTheInformantIsNotFound() {
        LinkQueryRunner.Run internal = runner.run(new FindCommand(), "Danny Fisher");
        assertThat(internal.code()).isEqualTo(ExitCodes.OK);
        assertThat(internal.out()).contains("P039");
        LinkQueryRunner.Run partner = runner.run(new PathCommand(), "P001", "P039", "--release-to", "partner");
        assertThat(partner.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(partner.out()).doesNotContain("Danny Fisher");
        LinkQueryRunner.Run path = runner.run(new PathCommand(), "P002", "P030", "--release-to", "partner");
        assertThat(path.code()).isEqualTo(ExitCodes.OK);
        assertThat(path.out()).contains("P002 > P010 > P020 > P030");
        for (String restricted : List.of("RPT-005", "RPT-011", "RPT-012", "RPT-013", "RPT-016", "RPT-021", "RPT-028")) {
            assertThat(path.out()).doesNotContain(restricted);
        }
    }

    @Test
    void findsByPhoneInAnyFormatIbanWithSpacesRegistrationAndAccentFreeName() {
        assertThat(runner.run(new FindCommand(), "+33 6 39 98 79 20").out()).contains("P001", "phone +33639987920");
        assertThat(runner.run(new FindCommand(), "fr7618342009050983678923975").out()).contains("P001");
        assertThat(runner.run(new FindCommand(), "kevin dubois").out()).contains("P006");
        assertThat(runner.run(new FindCommand(), "yilmaz").out()).contains("P048");
        LinkQueryRunner.Run van = runner.run(new FindCommand(), "ef 482 kl");
        assertThat(van.out()).contains("P003", "P008");
        LinkQueryRunner.Run ambiguous = runner.run(new PathCommand(), "Marchand", "P039");
        assertThat(ambiguous.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ambiguous.out()).contains("Candidates", "P001", "P002");
        assertThat(ambiguous.err()).contains("ambiguous");
        assertThat(runner.run(new FindCommand(), "Nobody Atall").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void nameSearchTakesEveryWordAsALiteral() {
        for (String hostile : new String[] {"Marchand OR", "Marchand AND", "NOT Marchand", "Marchand*", "name:(x",
                "\"Marchand", "Marchand \\", "Marchand ~2", "[a TO z]", "&& ||", "Marchand -"}) {
            LinkQueryRunner.Run run = runner.run(new FindCommand(), hostile);
            assertThat(run.code()).as(hostile).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(hostile).doesNotContain("Exception").doesNotContain("\tat ");
        }
        // operators are words like any other: "OR" is searched as the word "or" (a stop word the analyzer drops)
        assertThat(runner.run(new FindCommand(), "Marchand OR").out())
                .isEqualTo(runner.run(new FindCommand(), "marchand or").out().replace("'marchand or'", "'Marchand OR'"))
                .contains("P001", "P002");
        assertThat(runner.run(new FindCommand(), "Marchand -").out()).contains("P001", "P002");
    }

    @Test
    void neighboursCommonAndConnect() throws Exception {
        JsonNode drop = JSON.readTree(runner.run(new NeighboursCommand(), "P046", "--format", "json").out());
        assertThat(ids(drop.get("neighbours"))).containsExactly("P039", "P047", "P048", "P049");
        JsonNode two = JSON.readTree(runner.run(new NeighboursCommand(), "P001", "--hops", "2", "--format", "json").out());
        assertThat(ids(two.get("neighbours"))).contains("P002", "P041", "P040", "P010");
        two.get("neighbours").forEach(n -> assertThat(n.get("hops").asInt()).isBetween(1, 2));
        JsonNode money = JSON.readTree(runner.run(new NeighboursCommand(), "P001", "--kinds", "transaction", "--format", "json").out());
        assertThat(ids(money.get("neighbours"))).containsExactly("P041");

        LinkQueryRunner.Run common = runner.run(new CommonCommand(), "P005", "P006");
        assertThat(common.code()).isEqualTo(ExitCodes.OK);
        assertThat(common.out()).contains("phone", "address"); // shared burner and flat

        JsonNode connect = JSON.readTree(runner.run(new ConnectCommand(), "P001", "P039", "P046", "--format", "json").out());
        assertThat(ids(connect.get("persons"))).contains("P001", "P041", "P040", "P039", "P046");
        assertThat(connect.get("links")).hasSize(connect.get("persons").size() - 1); // a tree
        assertThat(connect.get("method").asText()).contains("Steiner");

        JsonNode full = JSON.readTree(runner.run(new PathCommand(), "P001", "P039", "--full", "--format", "json").out());
        JsonNode nodes = full.get("nodes");
        assertThat(nodes.get(0).get("key").asText()).isEqualTo("P001");
        assertThat(nodes.get(nodes.size() - 1).get("key").asText()).isEqualTo("P039");
        assertThat(full.get("steps")).hasSize(nodes.size() - 1).allSatisfy(s -> assertThat(s.get("reports")).isNotEmpty());

        Path graphml = dir.resolve("path.graphml");
        runner.run(new PathCommand(), "P001", "P039", "--graphml", graphml.toString());
        assertThat(Files.readString(graphml)).contains("<graphml", "P040", "Nathan Cole");
    }
}
