package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit verify} against each way of hiding an action that used to pass: (a) removing the store's
 * anchor and then the last log line; (b) truncating the log of a copied store; (c) removing a
 * {@code resolve} line; (d) removing a {@code find} line or the line of an ingest that failed after
 * writing; (e) removing the line of an action recorded with {@code --audit-log} elsewhere. Each
 * tampered copy fails with exit 3; the untouched store passes.
 */
class AuditTamperingTest {

    private static final Path NIGHT2 = Path.of("src/test/resources/runs/night2");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path original;

    @BeforeAll
    static void auditedStore() throws IOException {
        original = dir.resolve("original");
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(original))) {
            new IngestReports(audit(null).auditor(storeOptions(original))).run(store, settings(NIGHT2), silent(),
                    org.crimegraph.analysis.Monitor.NONE);
        }
        ok(CliTest.run("find", "P057", "--store", original.toString()));
        assertThat(lastLine(original.resolve("audit.jsonl")).get("action").asText()).isEqualTo("find");
    }

    @Test
    void anUntouchedLogPasses() {
        CliTest.Run verify = ok(CliTest.run("audit", "verify", "--store", original.toString()));
        assertThat(verify.out()).contains("chain intact", "last line matches the store's anchor");
    }

    @Test
    void a_removingTheAnchorThenTheLastLineFails() throws IOException {
        Path copy = copy(original, "a");
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(copy))) {
            assertThat(store.writeAndRead("test/delete-own-anchor", Map.of(), r -> r.get("deleted").asLong()))
                    .containsExactly(1L);
        }
        dropLastLine(copy.resolve("audit.jsonl"));
        assertThat(fails(copy).err()).contains("the store's anchor of its own log is gone");
    }

    @Test
    void b_aCopiedStoreWithATruncatedLogFails() throws IOException {
        Path copy = copy(original, "b");
        dropLastLine(copy.resolve("audit.jsonl"));
        assertThat(fails(copy).err()).contains("is not in the log");
        ok(CliTest.run("audit", "verify", "--store", original.toString()));
    }

    @Test
    void c_resolveMovesTheAnchor() throws IOException {
        Path copy = copy(original, "c");
        ok(CliTest.run("resolve", "scan", "--store", copy.toString()));
        assertThat(lastLine(copy.resolve("audit.jsonl")).get("action").asText()).isEqualTo("resolve scan");
        verifiesUntilTheLastLineIsRemoved(copy);
    }

    @Test
    void d_findIsAuditedAndRemovingItsLineFails() throws IOException {
        Path copy = copy(original, "d-find");
        dropLastLine(copy.resolve("audit.jsonl")); // the find line written in setUp
        assertThat(fails(copy).err()).contains("is not in the log");
    }

    @Test
    void d_anIngestThatFailsAfterWritingIsAuditedAndRemovingItsLineFails() throws IOException {
        Path copy = copy(original, "d-ingest");
        // a new reports file (written first), then persons already loaded, whose progress message fails
        Path input = Files.createDirectories(dir.resolve("failing-input"));
        Files.writeString(input.resolve("reports.csv"), Files.readString(NIGHT2.resolve("reports.csv"))
                + "RPT-900,NCA,2024-12-03T10:15:00Z,NCA-OP-TIDEWATER,2B,C,\"written before the failure\"\n");
        Files.copy(NIGHT2.resolve("persons.csv"), input.resolve("persons.csv"));
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(copy))) {
            long before = StoreStatus.of(store).count("Report");
            PrintStream broken = new PrintStream(OutputStream.nullOutputStream()) {
                @Override
                public PrintStream printf(String format, Object... args) {
                    throw new IllegalStateException("progress output failed");
                }
            };
            assertThatThrownBy(() -> new IngestReports(audit(null).auditor(storeOptions(copy))).run(store,
                    settings(input), broken, org.crimegraph.analysis.Monitor.NONE)).hasMessage("progress output failed");
            assertThat(StoreStatus.of(store).count("Report")).isEqualTo(before + 1); // it did write
        }
        JsonNode last = lastLine(copy.resolve("audit.jsonl"));
        assertThat(last.get("action").asText()).isEqualTo("ingest");
        assertThat(last.get("parameters").get("complete").asBoolean()).isFalse();
        assertThat(last.get("parameters").get("failed").asText()).contains("progress output failed");
        verifiesUntilTheLastLineIsRemoved(copy);
    }

    @Test
    void e_anActionLoggedElsewhereIsStillInTheStoresLogAndAnchoredInBoth() throws IOException {
        Path copy = copy(original, "e");
        Path partnerLog = dir.resolve("partner-audit.jsonl");
        ok(CliTest.run("find", "P057", "--release-to", "partner", "--store", copy.toString(),
                "--audit-log", partnerLog.toString()));
        JsonNode own = lastLine(copy.resolve("audit.jsonl"));
        JsonNode partner = lastLine(partnerLog);
        assertThat(own.get("action").asText()).isEqualTo("find");
        assertThat(own.get("parameters")).isEqualTo(partner.get("parameters"));
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(copy))) {
            assertThat(new AuditAnchors(store).find(partnerLog.toAbsolutePath().normalize().toString())).isPresent();
        }
        ok(CliTest.run("audit", "verify", "--store", copy.toString()));
        // removing the line from the other log shows ...
        List<String> partnerLines = Files.readAllLines(partnerLog, StandardCharsets.UTF_8);
        dropLastLine(partnerLog);
        assertThat(fails(copy).err()).contains(partnerLog.getFileName().toString()).contains("is not in the log");
        // ... and so does removing it from the store's own log
        Files.write(partnerLog, partnerLines, StandardCharsets.UTF_8);
        ok(CliTest.run("audit", "verify", "--store", copy.toString()));
        dropLastLine(copy.resolve("audit.jsonl"));
        fails(copy);
    }

    /** The copy verifies, and no longer once the last line of its own log is removed. */
    private static void verifiesUntilTheLastLineIsRemoved(Path copy) throws IOException {
        ok(CliTest.run("audit", "verify", "--store", copy.toString()));
        dropLastLine(copy.resolve("audit.jsonl"));
        assertThat(fails(copy).err()).contains("is not in the log");
    }

    private static CliTest.Run fails(Path store) {
        CliTest.Run verify = CliTest.run("audit", "verify", "--store", store.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.BAD_INPUT);
        return verify;
    }

    private static CliTest.Run ok(CliTest.Run run) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        return run;
    }

    private static IngestReports.Request settings(Path input) {
        return new IngestReports.Request(List.of(input), "GB", ZoneId.of("UTC"), Ingestion.DEFAULT_BATCH_SIZE,
                dir.resolve("rejects-" + input.getFileName() + ".csv"));
    }

    private static AuditOptions audit(Path log) {
        AuditOptions options = new AuditOptions();
        options.auditLog = log;
        options.analyst = "Tamper Test";
        return options;
    }

    private static StoreOptions storeOptions(Path folder) {
        StoreOptions options = new StoreOptions();
        options.store = folder;
        return options;
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static JsonNode lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    private static void dropLastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.write(log, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
    }

    /** A copy of a closed store folder, as someone copying the case data would make. */
    private static Path copy(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
