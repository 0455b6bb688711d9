package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimegraph.cli.SampleCase.readCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code crimegraph demo} end to end on the sample case, run once for the class (each run starts an
 * embedded Neo4j), plus the idempotence of {@code ingest} as seen by {@code db status}.
 */
class DemoCommandTest {

    private static final String ANALYST = "Test Analyst";

    @TempDir
    static Path dir;

    static Path workdir;
    static CliTest.Run demo;

    @BeforeAll
    static void runTheDemo() {
        workdir = dir.resolve("demo");
        demo = CliTest.run("demo", "--workdir", workdir.toString(), "--data", SampleCase.FOLDER.toString(), "--analyst", ANALYST);
    }

    @Test
    void exitsZeroAndPrintsTheRankedTable() {
        assertThat(demo.code()).as(demo.err()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("== 1. Ingest", "== 2. Score", "== 3. Exports",
                "rank", "betweenness", "pagerank", "Why:", "Person network: 56 persons");
        // 7 components, the largest of 49 (sample-data/README.md)
        assertThat(demo.out()).contains("7 components (largest 49)");
    }

    @Test
    void theBrokersLeadAndTheCourierIsTheArticulationPoint() {
        List<String> ranked = rankedIds(demo.out());
        assertThat(ranked).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ranked.subList(0, 3)).contains("P020", "P010");
        String why = demo.out().substring(demo.out().indexOf("Why:"));
        String courier = why.substring(why.indexOf(" P039 "));
        // the reasons under P039's heading (up to the next numbered heading)
        String reasons = courier.lines().skip(1).takeWhile(l -> l.startsWith("   - ")).collect(Collectors.joining("\n"));
        assertThat(reasons).contains("articulation point");
        // and the table marks it: the AP column of P039's row says yes
        String row = demo.out().lines().filter(l -> l.matches("\\s*\\d+\\s+P039\\s.*")).findFirst().orElseThrow();
        assertThat(row.strip()).endsWith("yes");
        // P022 (0.634033) and P039 (0.633895) are both 0.634 at 3 decimals: the column shows 4
        assertThat(row).contains(" 0.6339 ");
        assertThat(demo.out().lines().filter(l -> l.matches("\\s*\\d+\\s+P022\\s.*")).findFirst().orElseThrow())
                .contains(" 0.6340 ");
    }

    @Test
    void writesInternalAndPartnerExports() throws Exception {
        for (String audience : List.of("internal", "partner")) {
            Path out = workdir.resolve("exports").resolve(audience);
            Path nodes = out.resolve("nodes.csv");
            Path edges = out.resolve("edges.csv");
            Path graphml = out.resolve("network.graphml");
            Path manifest = out.resolve("manifest.json");
            assertThat(nodes).isRegularFile();
            assertThat(edges).isRegularFile();
            assertThat(graphml).isRegularFile();
            assertThat(manifest).isRegularFile();
            assertThat(Files.readAllLines(nodes, StandardCharsets.UTF_8).get(0).replace("\"", "")).startsWith("id,name,rank,score");
            assertThat(Files.readAllLines(edges, StandardCharsets.UTF_8).get(0).replace("\"", "")).startsWith("source,target,weight");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(graphml.toFile());
            assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("graphml");
            assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(readCsv(nodes).size());
            assertThat(xml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(readCsv(edges).size());
            JsonNode json = new ObjectMapper().readTree(manifest.toFile());
            assertThat(json.isObject()).isTrue();
            assertThat(json.toString()).contains("nodes.csv", "edges.csv", "network.graphml");
        }
        assertThat(readCsv(workdir.resolve("exports/internal/nodes.csv"))).hasSize(56);
    }

    @Test
    void thePartnerExportRestsOnlyOnShareableReports() throws Exception {
        Set<String> restricted = SampleCase.restrictedReports();
        assertThat(restricted).contains("RPT-005", "RPT-011", "RPT-012", "RPT-013", "RPT-016", "RPT-021", "RPT-028");
        // persons asserted (persons.csv) only by restricted reports
        Set<String> onlyRestricted = SampleCase.restrictedPersons();

        Path partner = workdir.resolve("exports/partner");
        List<Map<String, String>> edges = readCsv(partner.resolve("edges.csv"));
        assertThat(edges).isNotEmpty();
        for (Map<String, String> edge : edges) {
            List<String> reports = Arrays.asList(edge.get("report_ids").split("\\|"));
            assertThat(reports).as("edge %s-%s", edge.get("source"), edge.get("target")).doesNotContainAnyElementsOf(restricted);
            assertThat(edge.get("handling")).isEqualTo("P");
        }
        Set<String> partnerPersons = readCsv(partner.resolve("nodes.csv")).stream().map(n -> n.get("id")).collect(Collectors.toSet());
        assertThat(partnerPersons).doesNotContainAnyElementsOf(onlyRestricted);

        // the internal export does use the restricted reports, so the check above is not vacuous
        List<Map<String, String>> internalEdges = readCsv(workdir.resolve("exports/internal/edges.csv"));
        assertThat(internalEdges.stream().flatMap(e -> Arrays.stream(e.get("report_ids").split("\\|"))))
                .containsAnyElementsOf(restricted);
        assertThat(internalEdges.size()).isGreaterThan(edges.size());
        // the partner graphml does not carry a restricted report either
        String graphml = Files.readString(partner.resolve("network.graphml"), StandardCharsets.UTF_8);
        for (String reportId : restricted) {
            assertThat(graphml).doesNotContain(reportId);
        }
    }

    @Test
    void theAuditLogVerifiesAndAnEditBreaksIt() throws Exception {
        Path audit = workdir.resolve("audit.jsonl");
        assertThat(audit).isRegularFile();
        List<String> lines = Files.readAllLines(audit, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3); // ingest, score(s), exports
        assertThat(lines.get(0)).contains("\"analyst\":\"" + ANALYST + "\"");

        CliTest.Run intact = CliTest.run("audit", "verify", "--audit-log", audit.toString());
        assertThat(intact.code()).as(intact.err()).isEqualTo(ExitCodes.OK);
        assertThat(intact.out()).contains("chain intact");

        Path copy = dir.resolve("edited-audit.jsonl");
        List<String> edited = new ArrayList<>(lines);
        edited.set(0, lines.get(0).replace(ANALYST, "Somebody Else"));
        Files.write(copy, edited, StandardCharsets.UTF_8);
        CliTest.Run broken = CliTest.run("audit", "verify", "--audit-log", copy.toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("line 2").contains("chain broken");
    }

    @Test
    void ingestingTheSampleTwiceLeavesDbStatusUnchanged() {
        Path store = dir.resolve("twice");
        String[] ingest = {"ingest", SampleCase.FOLDER.toString(), "--store", store.toString(),
                "--rejects", dir.resolve("twice-rejects.csv").toString(), "--analyst", ANALYST};
        CliTest.Run first = CliTest.run(ingest);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        CliTest.Run status1 = CliTest.run("db", "status", "--store", store.toString());
        CliTest.Run second = CliTest.run(ingest);
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
        CliTest.Run status2 = CliTest.run("db", "status", "--store", store.toString());
        assertThat(status1.code()).isZero();
        assertThat(status1.out()).contains("mode:     embedded", "Person", "Report", "ASSERTS");
        assertThat(status2.out()).isEqualTo(status1.out());
        assertThat(CliTest.run("audit", "verify", "--store", store.toString()).code()).isZero();
    }

    /** Person ids of the table rows, in rank order. */
    private static List<String> rankedIds(String output) {
        List<String> ids = new ArrayList<>();
        boolean inTable = false;
        for (String line : output.lines().toList()) {
            if (line.startsWith("----")) {
                inTable = true;
                continue;
            }
            if (inTable) {
                if (line.isBlank()) {
                    break;
                }
                ids.add(line.strip().split("\\s+")[1]);
            }
        }
        return ids;
    }
}
