package org.crimegraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.disrupt.DisruptNetwork;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.app.db.MigrateStore;
import org.crimegraph.app.run.ListRuns;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.disruption.DisruptionAnalysis;
import org.crimegraph.disruption.KeyPlayerMeasure;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.analysis.Termination;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.SchemaVersion;
import org.crimegraph.store.StoreTarget;
import org.crimegraph.text.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use cases called directly, without picocli, on a real embedded store loaded once with the sample
 * case: the scheduled scoring run, export (scored now and of a saved run, with the release rule) and
 * disruption. Each checks what it returns, what it wrote and the audit line it recorded.
 */
class UseCasesTest {

    private static final Path SAMPLE = Path.of("sample-data");

    @TempDir
    static Path dir;

    static GraphStore store;
    static Auditor auditor;

    @BeforeAll
    static void loadTheSampleCase() {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("store")));
        auditor = Auditor.of("Use Case Test", null, dir.resolve("store"));
        IngestReports.Result ingest = new IngestReports(auditor).run(store, new IngestReports.Request(List.of(SAMPLE),
                "GB", ZoneId.of("UTC"), Ingestion.DEFAULT_BATCH_SIZE, dir.resolve("rejects.csv")),
                new PrintStream(OutputStream.nullOutputStream()), Monitor.NONE);
        assertThat(ingest.summary().complete()).isTrue();
        assertThat(lastAudit().get("action").asText()).isEqualTo("ingest");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theScheduledRunSavesACompleteRunAnchoredByItsAuditLine() throws Exception {
        Path summary = dir.resolve("summary/run.json");
        ScheduledRun.Result result = new ScheduledRun(auditor).run(store, new ScheduledRun.Request(
                ProjectionFilter.RELEASABLE, 1, BetweennessMethod.EXACT, 7, 3, Duration.ofHours(1), summary), Monitor.NONE);

        ScoringRunRecord run = result.saved().run();
        assertThat(run.input().persons()).isEqualTo(result.scoring().network().graph().vertexSet().size()).isPositive();
        assertThat(run.setup().release().maxHandling()).isEqualTo(HandlingCode.P);
        assertThat(run.setup().seed()).isEqualTo(7);
        assertThat(result.saved().results().stream().filter(r -> r.keyPlayer())).hasSize(3);
        // the store lists it complete, with the typed release rule read back
        SavedRun loaded = new ScoringRuns(store).load(run.runId());
        assertThat(loaded.run().setup().release()).isEqualTo(ProjectionFilter.RELEASABLE.releaseRule());
        assertThat(loaded.run().audit().hash()).isEqualTo(run.audit().hash());
        // the hash is the SHA-256 of the run's own line in the store's own log
        List<String> lines = Files.readAllLines(dir.resolve("store").resolve(Auditor.STORE_LOG), StandardCharsets.UTF_8);
        String line = lines.stream().filter(l -> l.contains(run.runId())).findFirst().orElseThrow();
        assertThat(sha256(line)).isEqualTo(run.audit().hash());
        JsonNode written = Json.mapper().readTree(summary.toFile());
        assertThat(written.get("runId").asText()).isEqualTo(run.runId());
        assertThat(written.get("parameters").get("maxHandling").asText()).isEqualTo("P");
    }

    @Test
    void listingRunsAndMigratingACurrentStoreAreAudited() {
        String saved = new ScheduledRun(auditor).run(store, new ScheduledRun.Request(ProjectionFilter.ALL, 1,
                BetweennessMethod.EXACT, 3, 0, Duration.ofHours(1), null), Monitor.NONE).saved().run().runId();
        List<ScoringRunRecord> listed = new ListRuns(auditor).run(store, new ListRuns.Request(1));
        assertThat(listed).extracting(ScoringRunRecord::runId).containsExactly(saved);
        JsonNode line = lastAudit();
        assertThat(line.get("action").asText()).isEqualTo("runs");
        assertThat(line.get("parameters").get("limit").asInt()).isEqualTo(1);
        assertThat(line.get("parameters").get("listed").asInt()).isEqualTo(1);

        MigrateStore.Result migrated = new MigrateStore(auditor).run(store);
        assertThat(migrated.alreadyCurrent()).isTrue();
        assertThat(migrated.now()).isEqualTo(SchemaVersion.CURRENT);
        line = lastAudit();
        assertThat(line.get("action").asText()).isEqualTo("db migrate");
        assertThat(line.get("parameters").get("from").asLong()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(line.get("parameters").get("to").asLong()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(line.get("inputs").get(0).asText()).isEqualTo(store.target().describe());
    }

    @Test
    void anExportIsWrittenHashedAndAuditedAndASavedRunKeepsItsReleaseRule() throws Exception {
        ExportNetwork export = new ExportNetwork(auditor);
        Path out = dir.resolve("export-partner");
        ExportNetwork.Result result = export.run(store, ExportNetwork.Request.scoredNow(ProjectionFilter.RELEASABLE,
                EnumSet.of(ExportFormat.CSV, ExportFormat.JSON), out, null));
        assertThat(result.evidence()).contains("handling code P");
        assertThat(result.files()).extracting(f -> f.path().getFileName().toString())
                .contains("nodes.csv", "edges.csv", "network.json", "manifest.json");
        for (WrittenFile file : result.files()) {
            assertThat(sha256(Files.readAllBytes(file.path()))).isEqualTo(file.sha256());
        }
        JsonNode line = lastAudit();
        assertThat(line.get("action").asText()).isEqualTo("export");
        assertThat(line.get("releaseRule").asText()).contains("handling code P");
        assertThat(line.get("outputs").size()).isEqualTo(result.files().size());

        // a run scored on every report cannot be released to a partner, and nothing is written
        SavedRun internal = new ScheduledRun(auditor).run(store, new ScheduledRun.Request(ProjectionFilter.ALL, 1,
                BetweennessMethod.EXACT, 1, 0, Duration.ofHours(1), null), Monitor.NONE).saved();
        Path refused = dir.resolve("refused");
        assertThatThrownBy(() -> export.exportRun(store, internal, ExportNetwork.Request.scoredNow(
                ProjectionFilter.RELEASABLE, EnumSet.of(ExportFormat.CSV), refused, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inherit handling code C");
        assertThat(refused).doesNotExist();
        // released internally it is exported under its own rule
        List<WrittenFile> files = export.exportRun(store, internal, ExportNetwork.Request.scoredNow(ProjectionFilter.ALL,
                EnumSet.of(ExportFormat.JSON), dir.resolve("run-export"), null));
        JsonNode network = Json.mapper().readTree(files.stream().filter(f -> f.path().endsWith("network.json"))
                .findFirst().orElseThrow().path().toFile());
        assertThat(network.get("releaseRule").asText()).contains("saved run " + internal.run().runId());
    }

    @Test
    void disruptionRecommendsTargetsWritesTheCurvesAndIsAudited() throws Exception {
        Path folder = dir.resolve("disruption");
        DisruptionAnalysis.Parameters settings = new DisruptionAnalysis.Parameters(3, KeyPlayerMeasure.F,
                List.of(RemovalStrategy.DEGREE, RemovalStrategy.RANDOM), 4, null, 1, 3, 2, 1);
        DisruptNetwork.Result result = new DisruptNetwork(auditor).run(store, ProjectionFilter.ALL,
                new DisruptNetwork.Request(settings, new DisruptNetwork.Stability(3, 10, null), folder));
        assertThat(result.empty()).isFalse();
        assertThat(result.result().keyPlayers().members()).hasSize(3);
        assertThat(result.result().after().fragmentation()).isGreaterThan(result.result().before().fragmentation());
        assertThat(result.stability().repeats()).isEqualTo(3);
        assertThat(result.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("removal-curves.csv", "removal-lcc.svg", "removal-efficiency.svg");
        List<String> csv = Files.readAllLines(folder.resolve("removal-curves.csv"));
        assertThat(csv.get(0)).startsWith("strategy,mode,k,removed");
        assertThat(csv.stream().filter(l -> l.startsWith("degree,"))).hasSize(5); // step 0 and 4 removals
        JsonNode line = lastAudit();
        assertThat(line.get("action").asText()).isEqualTo("disrupt");
        List<String> targets = new ArrayList<>();
        line.get("parameters").get("targets").forEach(t -> targets.add(t.asText()));
        assertThat(targets).containsExactlyInAnyOrderElementsOf(result.result().keyPlayers().members());
        assertThat(line.get("outputs").get(folder.resolve("removal-curves.csv").toString()).asText())
                .isEqualTo(sha256(Files.readAllBytes(folder.resolve("removal-curves.csv"))));
    }

    @Test
    void aCancelledDisruptionStopsWithNothingWrittenOrAudited() throws Exception {
        Path folder = dir.resolve("cancelled-disruption");
        DisruptionAnalysis.Parameters settings = new DisruptionAnalysis.Parameters(3, KeyPlayerMeasure.F,
                List.of(RemovalStrategy.DEGREE), 4, null, 1, 3, 2, 1);
        Termination termination = Termination.create();
        List<String> tasks = new ArrayList<>();
        ProgressListener cancelAtKeyPlayers = (task, done, total) -> {
            tasks.add(task);
            if (task.equals(org.crimegraph.disruption.KeyPlayerSearch.TASK)) {
                termination.cancel(); // as Ctrl-C does, once the disruption analysis itself is under way
            }
        };
        long auditLines = Files.readAllLines(dir.resolve("store").resolve(Auditor.STORE_LOG)).size();
        assertThatThrownBy(() -> new DisruptNetwork(auditor).run(store, ProjectionFilter.ALL,
                new DisruptNetwork.Request(settings, null, folder), new Monitor(cancelAtKeyPlayers, termination)))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(tasks).contains(org.crimegraph.disruption.KeyPlayerSearch.TASK);
        assertThat(tasks).doesNotContain(org.crimegraph.disruption.RemovalSimulation.task(RemovalStrategy.DEGREE));
        assertThat(folder).doesNotExist();
        assertThat(Files.readAllLines(dir.resolve("store").resolve(Auditor.STORE_LOG))).hasSize((int) auditLines);
    }

    @Test
    void scoringIsAuditedWithItsRequest() throws Exception {
        ScoringResult result = new ScoreNetwork(auditor).run(store, new ScoreNetwork.Request(ProjectionFilter.ALL, 1,
                BetweennessMethod.EXACT, 3, "node", java.util.Map.of("person", "P020")));
        JsonNode line = lastAudit();
        assertThat(line.get("action").asText()).isEqualTo("node");
        assertThat(line.get("parameters").get("person").asText()).isEqualTo("P020");
        assertThat(line.get("parameters").get("persons").asInt()).isEqualTo(result.network().graph().vertexSet().size());
        assertThatThrownBy(() -> new ScoreNetwork.Request(ProjectionFilter.ALL, 0, BetweennessMethod.EXACT, 1, "score",
                java.util.Map.of())).hasMessageContaining("--threads");
    }

    private static JsonNode lastAudit() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("store").resolve(Auditor.STORE_LOG), StandardCharsets.UTF_8);
            return Json.mapper().readTree(lines.get(lines.size() - 1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 computed here, independently of the code under test. */
    private static String sha256(String line) throws Exception {
        return sha256(line.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
