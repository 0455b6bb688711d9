package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crimegraph.app.export.Around;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.ScoringResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
class LinkQueriesSampleTest extends IngestedCaseTest {

    @BeforeAll
    static void load() {
        ingest(Path.of("sample-data"));
    }

    static List<String> ids(JsonNode persons) {
        List<String> ids = new ArrayList<>();
        persons.forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    void theLeadersLinkToTheCourierGoesThroughTheCashCollectorBrokerWithTheReportsNamed() throws Exception {
        CliTest.Run run = runner.run(new PathCommand(), "P001", "P039", "--format", "json");
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

        CliTest.Run table = runner.run(new PathCommand(), "Olivier Marchand", "Fish");
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
        CliTest.Run internal = runner.run(new FindCommand(), "Danny Fisher");
        assertThat(internal.code()).isEqualTo(ExitCodes.OK);
        assertThat(internal.out()).contains("P039");
        CliTest.Run partner = runner.run(new PathCommand(), "P001", "P039", "--release-to", "partner");
        assertThat(partner.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(partner.out()).doesNotContain("Danny Fisher");
        CliTest.Run path = runner.run(new PathCommand(), "P002", "P030", "--release-to", "partner");
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
        CliTest.Run van = runner.run(new FindCommand(), "ef 482 kl");
        assertThat(van.out()).contains("P003", "P008");
        CliTest.Run ambiguous = runner.run(new PathCommand(), "Marchand", "P039");
        assertThat(ambiguous.code()).isEqualTo(ExitCodes.AMBIGUOUS);
        assertThat(ambiguous.out()).contains("Candidates", "P001", "P002");
        assertThat(ambiguous.err()).contains("ambiguous");
        assertThat(runner.run(new FindCommand(), "Nobody Atall").code()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void nameSearchTakesEveryWordAsALiteral() {
        for (String hostile : new String[] {"Marchand OR", "Marchand AND", "NOT Marchand", "Marchand*", "name:(x",
                "\"Marchand", "Marchand \\", "Marchand ~2", "[a TO z]", "&& ||", "Marchand -"}) {
            CliTest.Run run = runner.run(new FindCommand(), hostile);
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

        CliTest.Run common = runner.run(new CommonCommand(), "P005", "P006");
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

    @Test
    void pathFullNamesTheHolderOfEveryPhoneSoThePersonInTheMiddleAppears() throws Exception {
        // P020 -> his phone -> call C0088 -> P010's phone -> call C0141 -> P002's phone -> P002: P010 is not a node
        JsonNode full = JSON.readTree(runner.run(new PathCommand(), "P020", "P002", "--full", "--format", "json").out());
        List<String> persons = new ArrayList<>();
        full.get("nodes").forEach(n -> {
            if (n.get("label").asText().equals("Person")) {
                persons.add(n.get("key").asText());
            }
            if (List.of("Phone", "Account", "Vehicle").contains(n.get("label").asText())) {
                assertThat(n.get("holders")).as("holders of %s", n.get("key").asText()).isNotEmpty();
                n.get("holders").forEach(h -> persons.add(h.get("personId").asText()));
            }
        });
        assertThat(persons).contains("P020", "P010", "P002");
        JsonNode middle = null;
        for (JsonNode n : full.get("nodes")) {
            if (n.get("key").asText().equals("+33639981171")) {
                middle = n;
            }
        }
        assertThat(middle).isNotNull();
        assertThat(middle.get("holders")).extracting(h -> h.get("personId").asText() + " " + h.get("name").asText()
                + " " + h.get("relationship").asText()).containsExactly("P010 Yannick Boulanger USES");
        assertThat(middle.get("holders").get(0).get("reports")).extracting(JsonNode::asText).containsExactly("RPT-023");
        String text = runner.run(new PathCommand(), "P020", "P002", "--full").out();
        assertThat(text).contains("used by P010 Yannick Boulanger [RPT-023]");
    }

    @Test
    void exportAroundCountsPersonToPersonStepsLikeNeighboursInternallyAndForAPartner() throws Exception {
        Set<String> restricted = Set.of("RPT-005", "RPT-011", "RPT-012", "RPT-013", "RPT-016", "RPT-021", "RPT-028");
        StoreOptions storeOptions = new StoreOptions();
        storeOptions.store = dir.resolve("db");
        AuditOptions audit = new AuditOptions();
        audit.auditLog = dir.resolve("audit.jsonl");
        audit.analyst = "Around Test";
        Map<String, Set<String>> subgraphPersons = new HashMap<>();
        for (String release : List.of("internal", "partner")) {
            JsonNode neighbours = JSON.readTree(runner.run(new NeighboursCommand(), "P020", "--hops", "2",
                    "--release-to", release, "--format", "json").out());
            Set<String> expected = new TreeSet<>(ids(neighbours.get("neighbours")));
            expected.add("P020");
            ProjectionFilter filter = release.equals("partner") ? ProjectionFilter.RELEASABLE : ProjectionFilter.ALL;
            ScoringResult scored = new ScoreNetwork(audit.auditor(storeOptions)).run(store, ScoreNetwork.Request.of(filter, 1));
            Path out = dir.resolve("around-" + release);
            new ExportNetwork(audit.auditor(storeOptions)).exportScored(store, scored, ExportNetwork.Request.scoredNow(
                    filter, EnumSet.of(ExportFormat.JSON), out, new Around(List.of("P020"), 2)));

            JsonNode subgraph = JSON.readTree(out.resolve("subgraph.json").toFile());
            Set<String> persons = new TreeSet<>();
            Set<String> kinds = new TreeSet<>();
            for (JsonNode e : subgraph.get("entities")) {
                kinds.add(e.get("kind").asText());
                if (e.get("kind").asText().equals("Person")) {
                    persons.add(e.get("key").asText());
                    assertThat(e.get("hops").asInt()).isBetween(0, 2);
                }
                if (release.equals("partner")) {
                    e.get("reportIds").forEach(r -> assertThat(restricted).doesNotContain(r.asText()));
                }
            }
            for (JsonNode r : subgraph.get("relationships")) {
                assertThat(r.get("reportIds")).isNotEmpty();
                if (release.equals("partner")) {
                    r.get("reportIds").forEach(id -> assertThat(restricted).doesNotContain(id.asText()));
                }
            }
            assertThat(persons).as(release).isEqualTo(expected);
            subgraphPersons.put(release, persons);
            Set<String> network = new TreeSet<>();
            JSON.readTree(out.resolve("network.json").toFile()).get("persons").forEach(p -> network.add(p.get("id").asText()));
            assertThat(network).as(release).isEqualTo(expected);
            // the evidence that links them: phones and calls, accounts and transfers, vehicles and crossings ...
            assertThat(kinds).as(release).contains("Person", "Phone", "Account", "Transaction", "Vehicle", "Crossing",
                    "Location", "Meeting");
            JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
            assertThat(manifest.get("around").get("hopCounting").asText()).isEqualTo("person-to-person");
            assertThat(manifest.get("around").get("hops").asInt()).isEqualTo(2);
            assertThat(manifest.get("scope").asText()).contains("person-to-person", "P020");
        }
        // P020's strongest link, P010, is one step away; the courier (known only from a restricted report) is
        // two steps away internally and never appears for a partner
        assertThat(subgraphPersons.get("internal")).contains("P010", "P039");
        assertThat(subgraphPersons.get("partner")).contains("P010").doesNotContain("P039");
        // calls asserted only by restricted call data are part of the internal subgraph, never of the partner's
        Set<String> restrictedCalls = new TreeSet<>();
        List<String> calls = Files.readAllLines(Path.of("sample-data/calls.csv"));
        for (String line : calls.subList(1, calls.size())) {
            String[] cells = line.split(",");
            if (restricted.contains(cells[0])) {
                restrictedCalls.add("Call:" + cells[1]);
            }
        }
        Set<String> internalIds = entityIds(dir.resolve("around-internal"));
        Set<String> partnerIds = entityIds(dir.resolve("around-partner"));
        assertThat(internalIds).containsAnyElementsOf(restrictedCalls);
        assertThat(partnerIds).doesNotContainAnyElementsOf(restrictedCalls);
    }

    @Test
    void theMultiModeDepthIsItsOwnOptionAndTheManifestSaysSo() throws Exception {
        ExportCommand steps = new ExportCommand();
        new CommandLine(steps).parseArgs("--around", "P020", "--hops", "2", "--out", "x");
        assertThat(steps.aroundOption().counting()).isEqualTo(Around.HopCounting.PERSON_STEPS);
        ExportCommand mode = new ExportCommand();
        new CommandLine(mode).parseArgs("--around", "P020", "--mode-hops", "4", "--out", "x");
        assertThat(mode.aroundOption()).isEqualTo(new Around(List.of("P020"), 4, Around.HopCounting.MULTI_MODE));
        ExportCommand both = new ExportCommand();
        new CommandLine(both).parseArgs("--around", "P020", "--hops", "2", "--mode-hops", "4", "--out", "x");
        assertThatThrownBy(both::aroundOption).hasMessageContaining("--mode-hops");

        StoreOptions storeOptions = new StoreOptions();
        storeOptions.store = dir.resolve("db");
        AuditOptions audit = new AuditOptions();
        audit.auditLog = dir.resolve("audit.jsonl");
        ScoringResult scored = new ScoreNetwork(audit.auditor(storeOptions)).run(store,
                ScoreNetwork.Request.of(ProjectionFilter.ALL, 1));
        Path out = dir.resolve("around-mode");
        new ExportNetwork(audit.auditor(storeOptions)).exportScored(store, scored, ExportNetwork.Request.scoredNow(
                ProjectionFilter.ALL, EnumSet.of(ExportFormat.JSON), out, mode.aroundOption()));
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("around").get("hopCounting").asText()).isEqualTo("multi-mode");
        assertThat(manifest.get("scope").asText()).contains("multi-mode");
        // person -> phone -> call -> phone -> person: P010 is four relationships away
        assertThat(entityIds(out)).contains("Person:P020", "Person:P010");
    }

    private static Set<String> entityIds(Path export) throws Exception {
        Set<String> ids = new TreeSet<>();
        JSON.readTree(export.resolve("subgraph.json").toFile()).get("entities").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }
}
