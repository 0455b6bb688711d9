package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crimegraph.audit.AnchorCheck;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.RunLockedException;
import org.crimegraph.store.RunLock;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled-style sequence on the sample case, as cron would run it: ingest, {@code score --save},
 * ingest the next night's reports ({@code src/test/resources/runs/night2}: a new fixer P057 who ties
 * the five isolated persons to the London cell and the collector), {@code score --save} again, then
 * {@code runs} and {@code diff}. One embedded store for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledRunsTest {

    private static final Path NIGHT2 = Path.of("src/test/resources/runs/night2");

    @TempDir
    static Path dir;

    static Path store;
    static Path audit;
    static CliTest.Run firstScore;
    static CliTest.Run secondScore;

    @BeforeAll
    static void twoNights() {
        store = dir.resolve("store");
        audit = dir.resolve("audit.jsonl");
        ok(CliTest.run(args("ingest", SampleCase.FOLDER.toString(), "--rejects", dir.resolve("rejects1.csv").toString())));
        firstScore = ok(CliTest.run(args("score", "--save", "--summary", dir.resolve("night1.json").toString(),
                "--threads", "1", "--format", "json")));
        ok(CliTest.run(args("ingest", NIGHT2.toString(), "--rejects", dir.resolve("rejects2.csv").toString())));
        secondScore = ok(CliTest.run(args("score", "--save", "--summary", dir.resolve("night2.json").toString(),
                "--threads", "1")));
    }

    @Test
    @Order(1)
    void eachSavedRunWritesASummaryAndKeepsStdoutForResults() throws Exception {
        JsonNode night1 = new ObjectMapper().readTree(dir.resolve("night1.json").toFile());
        JsonNode night2 = new ObjectMapper().readTree(dir.resolve("night2.json").toFile());
        assertThat(night1.get("status").asText()).isEqualTo("complete");
        assertThat(night1.get("persons").asInt()).isEqualTo(56);
        assertThat(night2.get("persons").asInt()).isEqualTo(57);
        assertThat(night1.get("componentSizes").toString()).isEqualTo("[49,2,1,1,1,1,1]");
        assertThat(night2.get("componentSizes").toString()).isEqualTo("[55,2]");
        assertThat(night1.get("inputCounts").get("Report").asInt()).isEqualTo(28);
        assertThat(night2.get("inputCounts").get("Report").asInt()).isEqualTo(29);
        // the store's own bookkeeping (audit anchors, store identity, ledgers, runs) is not case data
        List<String> counted = new java.util.ArrayList<>();
        night2.get("inputCounts").fieldNames().forEachRemaining(counted::add);
        assertThat(counted).doesNotContainAnyElementsOf(org.crimegraph.store.StoreStatus.BOOKKEEPING).contains("Person");
        assertThat(night1.get("parameters").get("threads").asInt()).isEqualTo(1);
        assertThat(night1.get("runId").asText()).isNotEqualTo(night2.get("runId").asText());
        assertThat(night1.get("auditHash").asText()).hasSize(64);
        // stdout is the JSON result alone; the saved-run line goes to stderr
        new ObjectMapper().readTree(firstScore.out());
        assertThat(firstScore.err()).contains("saved scoring run " + night1.get("runId").asText());
    }

    @Test
    @Order(2)
    void runsListsBothNewestFirst() throws Exception {
        CliTest.Run table = ok(CliTest.run(args("runs")));
        String night1 = runId("night1.json");
        String night2 = runId("night2.json");
        assertThat(table.out()).contains(night1, night2, "persons");
        assertThat(table.out().indexOf(night2)).isLessThan(table.out().indexOf(night1));
    }

    @Test
    @Order(3)
    void diffTellsWhatChangedOvernight() throws Exception {
        CliTest.Run diff = ok(CliTest.run(args("diff")));
        String out = diff.out();
        assertThat(out).contains("Changes from run " + runId("night1.json") + " to run " + runId("night2.json"));
        // the fixer is new, enters the top 10 and is the new cut vertex; the courier stays one
        assertThat(section(out, "Entered the top 10")).contains("P057");
        assertThat(section(out, "New articulation points")).contains("P057").doesNotContain("P039");
        assertThat(section(out, "No longer articulation points")).contains("(none)");
        assertThat(section(out, "New persons")).contains("P057 ");
        // the fixer joins the isolated persons: their singleton communities merge into one with him
        assertThat(section(out, "Communities")).contains("merged").contains("P057");

        JsonNode json = new ObjectMapper().readTree(ok(CliTest.run(args("diff", runId("night1.json"),
                runId("night2.json"), "--format", "json"))).out());
        assertThat(json.get("newArticulationPoints")).hasSize(1);
        assertThat(json.get("newArticulationPoints").get(0).get("personId").asText()).isEqualTo("P057");
        assertThat(json.get("entered").toString()).contains("P057");
        assertThat(json.get("left")).hasSize(json.get("entered").size());
    }

    @Test
    @Order(4)
    void theAuditLogVerifiesAgainstTheStoresAnchor() {
        CliTest.Run verify = ok(CliTest.run(args("audit", "verify")));
        assertThat(verify.out()).contains("chain intact").contains("last line matches the store's anchor")
                .contains("2 saved scoring run(s) found in the log");
    }

    @Test
    @Order(5)
    void aSecondRunWhileTheLockIsHeldFailsFastAndTamperingWithTheLastAuditLineIsDetected() throws Exception {
        // hold the lock as another machine would (a server store), then try to run
        try (GraphStore held = GraphStore.open(new StoreTarget.Embedded(store))) {
            try (RunLock lock = RunLock.acquire(held, RunLock.SCORING, "night-job@other-host pid 1",
                    Duration.ofHours(1), Clock.systemUTC())) {
                assertThat(lock.owner()).contains("other-host");
                // the embedded folder itself is locked too: a second process cannot even open it
                CliTest.Run busy = CliTest.run(args("score", "--save"));
                assertThat(busy.code()).isEqualTo(ExitCodes.BUSY);
                assertThat(busy.err()).contains("store in use").contains("scoring run may be in progress");
                // on a shared server the run lock is what stops the second run
                assertThatThrownBy(() -> RunLock.acquire(held, RunLock.SCORING, "me", Duration.ofHours(1),
                        Clock.systemUTC()))
                        .isInstanceOf(RunLockedException.class)
                        .hasMessageContaining("night-job@other-host");
                assertThat(CrimegraphCommand.exitCodeFor(new RunLockedException("x"))).isEqualTo(ExitCodes.BUSY);
            }
            // released: another owner can take it now
            RunLock.acquire(held, RunLock.SCORING, "me", Duration.ofHours(1), Clock.systemUTC()).close();
            // an expired lock of a dead run is taken over
            RunLock.acquire(held, RunLock.SCORING, "dead", Duration.ofSeconds(-1), Clock.systemUTC());
            RunLock.acquire(held, RunLock.SCORING, "me", Duration.ofHours(1), Clock.systemUTC()).close();

            List<String> lines = Files.readAllLines(audit, StandardCharsets.UTF_8);
            assertThat(actions(lines)).containsExactly("ingest", "score", "ingest", "score"); // given --audit-log
            // the store's own log has every line, also of runs and diff (run without --audit-log), and the
            // saved runs point at it
            Path ownFile = store.resolve("audit.jsonl");
            List<String> own = Files.readAllLines(ownFile, StandardCharsets.UTF_8);
            assertThat(actions(own)).containsExactly("ingest", "score", "ingest", "score", "runs", "diff", "diff");
            var records = AnchorCheck.StoreRecords.of(new AuditAnchors(held));
            AuditLog ownLog = new AuditLog(ownFile, Clock.systemUTC());
            // the hash chain alone cannot see an edit of the last line, nor the removal of the last lines ...
            List<String> edited = new ArrayList<>(own);
            int last = own.size() - 1;
            edited.set(last, own.get(last).replace("\"moves\":10", "\"moves\":11"));
            assertThat(edited.get(last)).isNotEqualTo(own.get(last));
            for (List<String> tampered : List.of(edited, own.subList(0, 3))) {
                Files.write(ownFile, tampered, StandardCharsets.UTF_8);
                assertThat(ownLog.verify()).as("chain of " + tampered.size() + " lines").isNull();
                // ... the store's anchor can
                AnchorCheck.Result result = AnchorCheck.check(ownLog, records);
                assertThat(result.ok()).isFalse();
                assertThat(String.join("\n", result.problems()))
                        .contains("the last line was edited, lines were removed");
                if (tampered.size() == 3) {
                    assertThat(String.join("\n", result.problems())).contains("scoring run " + runId("night2.json"));
                }
            }
            Files.write(ownFile, own, StandardCharsets.UTF_8);
            assertThat(AnchorCheck.check(ownLog, records).ok()).isTrue();
        }
    }

    @Test
    @Order(6)
    void theReportIsOneSelfContainedHtmlFileThatRendersInChromium() throws Exception {
        Path html = dir.resolve("report/night2.html");
        CliTest.Run report = ok(CliTest.run(args("report", "latest", "--out", html.toString())));
        assertThat(report.out()).contains("wrote", "sha256");
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains(runId("night2.json"), "Top targets and why",
                "P057", "Rory Vance", "P039", "<svg", "component sizes",
                "Removing these persons together fragments the network most", "<th>Brokers</th>",
                "Removal curves", "Largest connected group as persons are removed", "from the store as it is now",
                "all handling codes (internal use only)");
        // self-contained: no scripts, nothing fetched
        assertThat(text).doesNotContain("<script", "src=\"http", "href=\"http", "@import", "url(");
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "chromium is not installed: the HTML report is not rendered (apt-get install chromium)");
        Path png = dir.resolve("report/night2.png");
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,1800",
                "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("report/chromium.log").toFile()).start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).isRegularFile();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // not a blank page: the rendered report has many distinct colours (text, table lines, bars)
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
        if (System.getProperty("crimegraph.keepReport") != null) {
            Files.copy(png, Path.of(System.getProperty("crimegraph.keepReport")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(html, Path.of(System.getProperty("crimegraph.keepReport") + ".html"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(7)
    void aConsensusRunSavesEachPersonsStabilityAndTheReportAndExportsShowIt() throws Exception {
        assertThat(CliTest.run(args("score", "--consensus", "10")).code()).isEqualTo(2);
        JsonNode night1 = new ObjectMapper().readTree(dir.resolve("night1.json").toFile());
        assertThat(night1.get("parameters").get("communities").asText()).isEqualTo("Leiden, seed 1");
        ok(CliTest.run(args("score", "--save", "--consensus", "10", "--summary", dir.resolve("night3.json").toString(),
                "--threads", "1", "--key-players", "0")));
        JsonNode night3 = new ObjectMapper().readTree(dir.resolve("night3.json").toFile());
        assertThat(night3.get("parameters").get("communities").asText())
                .startsWith("consensus of 10 Leiden runs (seeds 1 to 10");
        assertThat(night3.get("unstableMemberships").isArray()).isTrue();

        Path out = dir.resolve("consensus-export");
        ok(CliTest.run(args("export", "--run", "latest", "--format", "csv,json", "--out", out.toString())));
        List<String> lines = Files.readAllLines(out.resolve("nodes.csv"));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int stability = header.indexOf("community_stability");
        int unstable = header.indexOf("community_unstable");
        assertThat(stability).isPositive();
        assertThat(unstable).isEqualTo(stability + 1);
        Set<String> unstablePersons = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String[] tail = java.util.Arrays.copyOfRange(cells, cells.length - header.size() + stability, cells.length);
            double value = Double.parseDouble(tail[0]);
            assertThat(value).isBetween(0.0, 1.0);
            assertThat(Boolean.parseBoolean(tail[1])).isEqualTo(value < 0.5);
            if (value < 0.5) {
                unstablePersons.add(cells[0].replace("\"", ""));
            }
        }
        assertThat(night3.get("unstableMemberships")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(unstablePersons);
        JsonNode json = new ObjectMapper().readTree(out.resolve("network.json").toFile());
        assertThat(json.get("persons").get(0).has("communityStability")).isTrue();

        Path html = dir.resolve("report/consensus.html");
        ok(CliTest.run(args("report", "latest", "--out", html.toString())));
        assertThat(Files.readString(html)).contains("consensus of 10 Leiden runs", "Stability: the share of the runs");
        // the earlier run, without consensus, has no stability anywhere
        Path earlier = dir.resolve("earlier-export");
        ok(CliTest.run(args("export", "--run", runId("night2.json"), "--format", "csv", "--out", earlier.toString())));
        assertThat(Files.readAllLines(earlier.resolve("nodes.csv")).get(0)).doesNotContain("community_stability");
    }

    private static String runId(String summary) throws Exception {
        return new ObjectMapper().readTree(dir.resolve(summary).toFile()).get("runId").asText();
    }

    /** The lines of one titled section of the diff table, up to the blank line after it. */
    private static String section(String out, String title) {
        int start = out.indexOf(title);
        assertThat(start).as("section " + title).isNotNegative();
        int end = out.indexOf("\n\n", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    private static List<String> actions(List<String> auditLines) {
        return auditLines.stream().map(l -> l.replaceAll(".*\"action\":\"([^\"]+)\".*", "$1")).toList();
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store.toString()));
        if (!args[0].equals("runs") && !args[0].equals("diff")) {
            all.addAll(List.of("--audit-log", audit.toString(), "--analyst", "Night Job"));
        }
        if (args[0].equals("audit")) {
            all.removeAll(List.of("--analyst", "Night Job"));
        }
        return all.toArray(String[]::new);
    }

    private static CliTest.Run ok(CliTest.Run run) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        return run;
    }
}
