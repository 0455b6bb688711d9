package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimegraph.cli.SampleCase.readCsv;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.export.Around;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Handling codes on every export path: the sample case (7 of 28 reports carry handling code C) is
 * exported for a partner in every format — the whole network scored now, a saved partner run, and
 * the multi-mode subgraph around chosen persons — and no restricted report id, no person known only
 * from restricted reports (id or name), no link resting only on restricted reports and no subgraph
 * node or relationship resting only on them appears in any file. The internal exports of the same
 * store do contain them, so the checks are not vacuous. One embedded store, opened once.
 */
class PartnerReleaseTest {

    private static final EnumSet<ExportFormat> ALL = EnumSet.allOf(ExportFormat.class);
    private static final Around AROUND = new Around(List.of("P010", "P030"), 2);

    @TempDir
    static Path dir;

    static GraphStore store;
    static StoreOptions storeOptions;
    static AuditOptions audit;
    static Set<String> restricted;
    static Set<String> restrictedPersons;
    static Set<String> restrictedNames;
    static String internalRunId;

    @BeforeAll
    static void exportEverything() throws Exception {
        storeOptions = new StoreOptions();
        storeOptions.store = dir.resolve("store");
        audit = new AuditOptions();
        audit.auditLog = dir.resolve("audit.jsonl");
        audit.analyst = "Leak Test";
        store = GraphStore.open(new StoreTarget.Embedded(storeOptions.store));
        Auditor auditor = audit.auditor(storeOptions);
        new IngestReports(auditor).run(store, new IngestReports.Request(List.of(SampleCase.FOLDER), "GB", ZoneId.of("UTC"),
                Ingestion.DEFAULT_BATCH_SIZE, dir.resolve("rejects.csv")),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), org.crimegraph.analysis.Monitor.NONE);

        ScoreNetwork scoring = new ScoreNetwork(auditor);
        ExportNetwork export = new ExportNetwork(auditor);
        ScoringResult internal = scoring.run(store, ScoreNetwork.Request.of(ProjectionFilter.ALL, 1));
        export.exportScored(store, internal, exportRequest(ProjectionFilter.ALL, "internal", null));
        export.exportScored(store, internal, exportRequest(ProjectionFilter.ALL, "internal-around", AROUND));

        ScoringResult partner = scoring.run(store, ScoreNetwork.Request.of(ProjectionFilter.RELEASABLE, 1));
        export.exportScored(store, partner, exportRequest(ProjectionFilter.RELEASABLE, "partner", null));
        export.exportScored(store, partner, exportRequest(ProjectionFilter.RELEASABLE, "partner-around", AROUND));

        ScheduledRun scheduled = new ScheduledRun(auditor);
        scheduled.run(store, new ScheduledRun.Request(ProjectionFilter.RELEASABLE, 1,
                org.crimegraph.analysis.BetweennessMethod.EXACT, 1, 3, Duration.ofHours(1), null),
                org.crimegraph.analysis.Monitor.NONE);
        ScoringRuns runs = new ScoringRuns(store);
        export.exportRun(store, runs.load(runs.latest(1).get(0).runId()),
                exportRequest(ProjectionFilter.RELEASABLE, "partner-run", AROUND));
        scheduled.run(store, new ScheduledRun.Request(ProjectionFilter.ALL, 1,
                org.crimegraph.analysis.BetweennessMethod.EXACT, 1, 3, Duration.ofHours(1), null),
                org.crimegraph.analysis.Monitor.NONE);
        internalRunId = runs.latest(1).get(0).runId();

        restricted = SampleCase.restrictedReports();
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> person : readCsv(SampleCase.FOLDER.resolve("persons.csv"))) {
            names.put(person.get("personId"), person.get("name"));
        }
        restrictedPersons = SampleCase.restrictedPersons();
        restrictedNames = restrictedPersons.stream().map(names::get).collect(Collectors.toSet());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theCaseHasRestrictedReportsPersonsAndLinksThatTheInternalExportsCarry() throws Exception {
        assertThat(restricted).hasSize(7);
        assertThat(restrictedPersons).isNotEmpty();
        assertThat(text(dir.resolve("internal"))).contains(restricted);
        assertThat(restrictedOnlyLinks()).isNotEmpty();
        String around = text(dir.resolve("internal-around"));
        assertThat(restricted.stream().filter(around::contains)).isNotEmpty();
        assertThat(restrictedOnlySubgraph()).isNotEmpty();
    }

    @Test
    void noRestrictedReportPersonOrNameAppearsInAnyPartnerFile() throws Exception {
        for (String release : List.of("partner", "partner-around", "partner-run")) {
            String all = text(dir.resolve(release));
            assertThat(all).as(release).isNotEmpty();
            for (String id : restricted) {
                assertThat(all).as(release + " must not name report " + id).doesNotContain(id);
            }
            for (String person : restrictedPersons) {
                assertThat(all).as(release + " must not carry person " + person).doesNotContain(person);
            }
            for (String name : restrictedNames) {
                assertThat(all).as(release + " must not carry name " + name).doesNotContain(name);
            }
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve(release).resolve("manifest.json").toFile());
            assertThat(manifest.get("releaseRule").asText()).contains("only reports with handling code P");
        }
    }

    @Test
    void noLinkRestingOnlyOnRestrictedReportsAppearsInAnyFormat() throws Exception {
        Set<String> forbidden = restrictedOnlyLinks();
        for (String release : List.of("partner", "partner-around", "partner-run")) {
            Map<String, Set<String>> pairsByFormat = personPairs(dir.resolve(release));
            assertThat(pairsByFormat.keySet()).containsExactlyInAnyOrder("csv", "json", "gexf", "graphml", "i2", "svg");
            Set<String> csvPairs = pairsByFormat.get("csv");
            assertThat(csvPairs).as(release).isNotEmpty();
            for (Map.Entry<String, Set<String>> format : pairsByFormat.entrySet()) {
                assertThat(format.getValue()).as(release + " " + format.getKey()).doesNotContainAnyElementsOf(forbidden);
                assertThat(format.getValue()).as(release + " " + format.getKey() + " = csv").isEqualTo(csvPairs);
            }
            for (Map<String, String> edge : readCsv(dir.resolve(release).resolve("edges.csv"))) {
                assertThat(Arrays.asList(edge.get("report_ids").split("\\|"))).doesNotContainAnyElementsOf(restricted);
                assertThat(edge.get("handling")).isEqualTo("P");
            }
        }
    }

    @Test
    void theSubgraphAroundPersonsLeavesOutWhatRestsOnlyOnRestrictedReports() throws Exception {
        Set<String> forbidden = restrictedOnlySubgraph();
        JsonNode subgraph = new ObjectMapper().readTree(dir.resolve("partner-around/subgraph.json").toFile());
        assertThat(subgraph.get("entities").size()).isPositive();
        Set<String> kept = new TreeSet<>();
        for (JsonNode e : subgraph.get("entities")) {
            kept.add(e.get("id").asText());
            for (JsonNode r : e.get("reportIds")) {
                assertThat(restricted).doesNotContain(r.asText());
            }
        }
        for (JsonNode r : subgraph.get("relationships")) {
            kept.add(r.get("source").asText() + " " + r.get("type").asText() + " " + r.get("target").asText());
            assertThat(r.get("reportIds").size()).isPositive();
            for (JsonNode id : r.get("reportIds")) {
                assertThat(restricted).doesNotContain(id.asText());
            }
        }
        assertThat(kept).doesNotContainAnyElementsOf(forbidden);
        assertThat(subgraph.get("scope").asText()).contains("P010", "P030", "2 hop");
        // the chosen persons are there with their phones and events
        assertThat(kept).contains("Person:P010", "Person:P030");
        assertThat(kept.stream().filter(k -> k.startsWith("Phone:") || k.startsWith("Call:"))).isNotEmpty();
    }

    @Test
    void anInternalRunCannotBeReleasedToAPartner() {
        ScoringRuns runs = new ScoringRuns(store);
        assertThatThrownBy(() -> new ExportNetwork(audit.auditor(storeOptions)).exportRun(store,
                runs.load(internalRunId), exportRequest(ProjectionFilter.RELEASABLE, "refused", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inherit handling code C");
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void everyExportIsAuditedWithItsFileHashesAndReleaseRule() throws Exception {
        List<String> lines = Files.readAllLines(audit.auditLog, StandardCharsets.UTF_8);
        List<JsonNode> exports = lines.stream().map(PartnerReleaseTest::json)
                .filter(j -> j.get("action").asText().equals("export")).toList();
        assertThat(exports).hasSize(5);
        for (JsonNode e : exports) {
            assertThat(e.get("outputs").size()).isGreaterThan(5);
            e.get("outputs").forEach(hash -> assertThat(hash.asText()).hasSize(64));
        }
        assertThat(exports.stream().filter(e -> e.get("releaseRule").asText().contains("handling code P"))).hasSize(3);
        assertThat(new org.crimegraph.audit.AuditLog(audit.auditLog, java.time.Clock.systemUTC()).verify()).isNull();
    }

    @Test
    void aQueryIsAuditedAndAnchoredInTheStore() throws Exception {
        var trail = audit.trail(storeOptions, store);
        String hash = audit.record(storeOptions, store, org.crimegraph.audit.AuditEvent.of("neighbours")
                .with(Map.of("person", "P010", "hops", 1, "rows", 12)).release(ProjectionFilter.RELEASABLE.describe()));
        for (var log : List.of(audit.log(storeOptions), audit.ownLog(storeOptions))) {
            List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
            JsonNode last = json(lines.get(lines.size() - 1));
            assertThat(last.get("action").asText()).isEqualTo("neighbours");
            assertThat(last.get("parameters").get("rows").asInt()).isEqualTo(12);
            assertThat(last.get("store").asText()).isEqualTo(trail.storeId());
        }
        // the store's own log is anchored under the store's identity, the chosen log under its path
        var anchors = new org.crimegraph.store.AuditAnchors(store);
        assertThat(audit.ownLog(storeOptions).head()).isEqualTo(hash);
        assertThat(anchors.find(trail.ownLogKey()).orElseThrow().head()).isEqualTo(hash);
        assertThat(anchors.find(audit.log(storeOptions).key()).orElseThrow().head())
                .isEqualTo(audit.log(storeOptions).head());
    }

    @Test
    void aRunThatDiesBeforeCompletingIsNeverVisibleAndIsCleanedUp() {
        var runStore = new org.crimegraph.store.ScoringRunStore(store);
        var record = new org.crimegraph.model.ScoringRunRecord("19990101T000000Z-dead",
                new org.crimegraph.model.RunTiming(java.time.Instant.EPOCH, java.time.Instant.EPOCH),
                new org.crimegraph.model.RunSetup("test",
                        new org.crimegraph.model.ReleaseRule(org.crimegraph.model.HandlingCode.C, null, "all"), 1, 1,
                        "hops", List.of("degree")),
                new org.crimegraph.model.RunInput(1, 0, List.of(1), Map.of()), null);
        runStore.write(record, List.of(new org.crimegraph.model.PersonResult("P010", "x",
                new org.crimegraph.model.PersonResult.Ranking(1, 1.0), Map.of("degree", 1.0),
                new org.crimegraph.model.PersonResult.Place(0, null, null, false, false), List.of())));
        // written but not completed (the process died here): invisible to every reader
        assertThat(runStore.list()).extracting(org.crimegraph.model.ScoringRunRecord::runId)
                .doesNotContain("19990101T000000Z-dead");
        assertThat(runStore.find("19990101T000000Z-dead")).isEmpty();
        assertThatThrownBy(() -> new ScoringRuns(store).load("19990101T000000Z-dead"))
                .isInstanceOf(IllegalArgumentException.class);
        // the next run removes it, results included
        assertThat(runStore.deleteUnfinished()).isEqualTo(1);
        assertThat(runStore.list()).isNotEmpty();
    }

    /** Person pairs "A B" (sorted) of internal links whose every report is restricted. */
    private static Set<String> restrictedOnlyLinks() throws IOException {
        Set<String> pairs = new TreeSet<>();
        for (Map<String, String> edge : readCsv(dir.resolve("internal/edges.csv"))) {
            if (restricted.containsAll(Arrays.asList(edge.get("report_ids").split("\\|")))) {
                pairs.add(pair(edge.get("source"), edge.get("target")));
            }
        }
        return pairs;
    }

    /** Subgraph entities and relationships of the internal export whose every report is restricted. */
    private static Set<String> restrictedOnlySubgraph() throws IOException {
        Set<String> forbidden = new TreeSet<>();
        JsonNode subgraph = new ObjectMapper().readTree(dir.resolve("internal-around/subgraph.json").toFile());
        for (JsonNode e : subgraph.get("entities")) {
            Set<String> reports = new HashSet<>();
            e.get("reportIds").forEach(r -> reports.add(r.asText()));
            if (!reports.isEmpty() && restricted.containsAll(reports)) {
                forbidden.add(e.get("id").asText());
            }
        }
        for (JsonNode r : subgraph.get("relationships")) {
            Set<String> reports = new HashSet<>();
            r.get("reportIds").forEach(id -> reports.add(id.asText()));
            if (restricted.containsAll(reports)) {
                forbidden.add(r.get("source").asText() + " " + r.get("type").asText() + " " + r.get("target").asText());
            }
        }
        return forbidden;
    }

    /** The person pairs of the person-network files of an export, per format. */
    private static Map<String, Set<String>> personPairs(Path export) throws Exception {
        Map<String, Set<String>> pairs = new HashMap<>();
        Set<String> csv = new TreeSet<>();
        for (Map<String, String> edge : readCsv(export.resolve("edges.csv"))) {
            csv.add(pair(edge.get("source"), edge.get("target")));
        }
        pairs.put("csv", csv);
        Set<String> json = new TreeSet<>();
        new ObjectMapper().readTree(export.resolve("network.json").toFile()).get("links")
                .forEach(l -> json.add(pair(l.get("source").asText(), l.get("target").asText())));
        pairs.put("json", json);
        pairs.put("gexf", xmlPairs(export.resolve("network.gexf")));
        pairs.put("graphml", xmlPairs(export.resolve("network.graphml")));
        Set<String> i2 = new TreeSet<>();
        for (Map<String, String> link : readCsv(export.resolve("i2-links.csv"))) {
            i2.add(pair(link.get("Entity1 Identity"), link.get("Entity2 Identity")));
        }
        pairs.put("i2", i2);
        Set<String> svg = new TreeSet<>();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("<line [^>]*><title>(\\S+) – (\\S+): ")
                .matcher(Files.readString(export.resolve("network.svg")));
        while (line.find()) {
            svg.add(pair(line.group(1), line.group(2)));
        }
        pairs.put("svg", svg);
        return pairs;
    }

    private static Set<String> xmlPairs(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        NodeList edges = xml.getElementsByTagNameNS("*", "edge");
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            pairs.add(pair(edge.getAttribute("source"), edge.getAttribute("target")));
        }
        return pairs;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** All text of all files of an export folder. */
    private static String text(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExportNetwork.Request exportRequest(ProjectionFilter release, String folder, Around around) {
        return ExportNetwork.Request.scoredNow(release, ALL, dir.resolve(folder), around);
    }
}
