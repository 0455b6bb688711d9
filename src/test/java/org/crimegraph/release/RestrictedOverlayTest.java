package org.crimegraph.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crimegraph.cli.CrimegraphCommand;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The release promise under attack (issue 11, deliverable 8): a restricted overlay on the sample case —
 * reports with handling code C that rename persons, add a restricted alias, re-date a call, re-value a
 * transfer, re-place a crossing (and add one that would make a new "crossed together" link), rename a
 * location, change a vehicle's make, re-place and re-date meetings, add new facts of every kind, re-send a
 * restricted report id as shareable (rejected, with the rows citing it), and a confirmed merge of a
 * restricted-only person into a shared one.
 *
 * <p>For every command that takes {@code --release-to} (enumerated from the picocli command tree, so a new
 * command cannot be forgotten), the {@code partner} output on the store with the overlay must be
 * byte-identical to the output on the store without it, and the {@code internal} output (of the first
 * argument list of each command) must differ (so the test can fail). Normalised before comparing, and only these: the two temporary folders (paths),
 * saved run ids, today's date-times (generation stamps; every case date is in 2024), SHA-256 hashes (of
 * files that hold those stamps, and the audit head), and elapsed times ("in 1.2 s"). The HTML report of a
 * saved partner run and the export of that run are compared the same way. Two stores, each opened once
 * and shared by every command run in-process.
 */
class RestrictedOverlayTest {

    /** The restricted overlay, as the CSV files an analyst would load. */
    static final Path OVERLAY = Path.of("src/test/resources/release/overlay");

    @TempDir
    static Path dir;

    static Path plainDir;
    static Path overlayDir;
    static GraphStore plain;
    static GraphStore overlaid;
    static AutoCloseable plainShare;
    static AutoCloseable overlaidShare;
    static String overlayIngest;

    /** Every command with --release-to and the argument lists it is run with (each under both audiences). */
    static final Map<String, List<List<String>>> COVERED = new LinkedHashMap<>();

    static {
        COVERED.put("score", List.of(List.of("--threads", "1"), List.of("--threads", "1", "--format", "json"),
                List.of("--threads", "1", "--format", "csv")));
        COVERED.put("node", List.of(List.of("P010", "--threads", "1"), List.of("P001", "--threads", "1", "--format", "json"),
                List.of("P020", "--threads", "1")));
        COVERED.put("find", List.of(List.of("Le Fantome"), List.of("P010", "--format", "json"), List.of("Dupont"),
                List.of("Boulanger")));
        COVERED.put("path", List.of(List.of("P010", "P020"), List.of("P010", "P020", "--full"),
                List.of("P010", "P020", "--full", "--format", "json"), List.of("P011", "P020", "--in-time-order"),
                List.of("P001", "P039", "--format", "json")));
        COVERED.put("common", List.of(List.of("P010", "P020"), List.of("P002", "P010", "--format", "json")));
        COVERED.put("neighbours", List.of(List.of("P010", "--hops", "2"), List.of("P020", "--format", "json")));
        COVERED.put("connect", List.of(List.of("P010", "P020", "P001"), List.of("P003", "P011", "--format", "json")));
        COVERED.put("communities", List.of(List.of(), List.of("--format", "json")));
        COVERED.put("disrupt", List.of(List.of("--threads", "1", "--k", "3", "--steps", "5", "--random-runs", "2"),
                List.of("--threads", "1", "--k", "3", "--steps", "5", "--random-runs", "2", "--format", "json")));
        COVERED.put("timeline", List.of(List.of("--threads", "1", "--window", "P3M", "-q"),
                List.of("--threads", "1", "--window", "P2M", "--format", "json", "-q"),
                List.of("--threads", "1", "--format", "csv", "--rows", "persons", "-q"),
                List.of("--threads", "1", "--window", "P3M", "--charts", "{out}", "-q")));
        COVERED.put("suggest-links", List.of(List.of("-q"), List.of("--format", "json", "-q"),
                List.of("--format", "csv", "--top", "1000", "-q"), List.of("--for", "P010", "-q")));
        COVERED.put("alerts", List.of(List.of(), List.of("--format", "json")));
        COVERED.put("export", List.of(List.of("--out", "{out}"), List.of("--out", "{out}", "--around", "P010,P020",
                "--hops", "2")));
    }

    @BeforeAll
    static void twoStores() throws Exception {
        plainDir = dir.resolve("plain");
        overlayDir = dir.resolve("overlaid");
        plain = GraphStore.open(new StoreTarget.Embedded(plainDir.resolve("store")));
        plainShare = plain.share();
        overlaid = GraphStore.open(new StoreTarget.Embedded(overlayDir.resolve("store")));
        overlaidShare = overlaid.share();
        run(plainDir, "ingest", "sample-data");
        run(overlayDir, "ingest", "sample-data");
        // watched persons and baseline runs under both rules, so that the runs after the overlay raise alerts
        for (Path base : List.of(plainDir, overlayDir)) {
            run(base, "watch", "add", "P001", "P010", "P020");
            run(base, "score", "--save", "--threads", "1", "--key-players", "0");
            run(base, "score", "--save", "--release-to", "partner", "--threads", "1", "--key-players", "0");
        }
        overlayIngest = run(overlayDir, "ingest", OVERLAY.toString());
        // the one informational stderr line every store command prints (issue 16) is not an error
        assertThat(run(overlayDir, "resolve", "confirm", "P0001", "P001").lines()
                .filter(l -> !l.startsWith("crimegraph: using ")).toList()).noneMatch(l -> l.contains("crimegraph:"));
        // an internal run, then a saved partner run in each store (the latest: for the HTML report and the export of
        // a saved run); both raise alerts about the watched persons against the baselines
        run(plainDir, "score", "--save", "--threads", "1", "--key-players", "0");
        run(overlayDir, "score", "--save", "--threads", "1", "--key-players", "0");
        run(plainDir, "score", "--save", "--release-to", "partner", "--threads", "1");
        run(overlayDir, "score", "--save", "--release-to", "partner", "--threads", "1");
    }

    @AfterAll
    static void close() throws Exception {
        plainShare.close();
        overlaidShare.close();
        plain.close();
        overlaid.close();
    }

    @Test
    void theReSentRestrictedReportAndTheRowsCitingItAreRejected() {
        assertThat(overlayIngest).contains("reports.csv:4: handling 'P': report RPT-005 is already stored in the store "
                + "with handling 'C'");
        assertThat(overlayIngest).contains("cites report RPT-005, whose row in this load was rejected");
        assertThat(overlayIngest).contains("events (calls, transfers, crossings, meetings) have conflicting claims");
    }

    @Test
    void everyCommandWithAReleaseOptionIsCovered() {
        Set<String> withRelease = new TreeSet<>();
        collect(CrimegraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                withRelease);
        assertThat(withRelease).as("commands taking --release-to; add each new one to COVERED")
                .isEqualTo(new TreeSet<>(COVERED.keySet()));
    }

    @Test
    void partnerOutputsIgnoreTheOverlayAndInternalOutputsShowIt() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<List<String>>> command : COVERED.entrySet()) {
            for (List<String> args : command.getValue()) {
                n++;
                // every argument list under partner; the first of each command also internally (non-vacuous)
                List<String> audiences = args == command.getValue().get(0) ? List.of("partner", "internal")
                        : List.of("partner");
                for (String audience : audiences) {
                    String label = command.getKey() + " " + String.join(" ", args) + " --release-to " + audience;
                    String out = "out-" + n + "-" + audience;
                    String a = normalise(runWith(plainDir, command.getKey(), args, audience, out));
                    String b = normalise(runWith(overlayDir, command.getKey(), args, audience, out));
                    if (audience.equals("partner") && !a.equals(b)) {
                        failures.add(label + ": partner output changed by the restricted overlay\n" + firstDifference(a, b));
                    }
                    if (audience.equals("internal") && a.equals(b)) {
                        failures.add(label + ": internal output does not show the overlay (the check would be vacuous)");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theReportAndExportOfASavedPartnerRunIgnoreTheOverlay() throws Exception {
        String a = normalise(run(plainDir, "report", "latest", "--out", plainDir.resolve("report.html").toString())
                + Files.readString(plainDir.resolve("report.html")));
        String b = normalise(run(overlayDir, "report", "latest", "--out", overlayDir.resolve("report.html").toString())
                + Files.readString(overlayDir.resolve("report.html")));
        assertThat(b).isEqualTo(a);
        String c = normalise(runWith(plainDir, "export", List.of("--run", "latest", "--out", "{out}"), "partner", "run-export"));
        String d = normalise(runWith(overlayDir, "export", List.of("--run", "latest", "--out", "{out}"), "partner", "run-export"));
        assertThat(d).isEqualTo(c);
        assertThat(c).contains("P010", "Yannick Boulanger").doesNotContain("Jean Dupont");
    }

    @Test
    void theMergedRestrictedOnlyRecordNamesTheGroupOnlyInternally() throws Exception {
        String partner = runWith(overlayDir, "node", List.of("P001", "--threads", "1"), "partner", "x");
        assertThat(partner).contains("\nP001  Olivier Marchand\n").doesNotContain("P0001").doesNotContain("Secret Alias");
        String internal = runWith(overlayDir, "node", List.of("P0001", "--threads", "1"), "internal", "y");
        assertThat(internal).contains("\nP0001  Secret Alias\n");
        String claims = runWith(overlayDir, "node", List.of("P010", "--threads", "1"), "internal", "z");
        assertThat(claims).contains("name         CONFLICT  Jean Dupont: RPT-X01; Yannick Boulanger: RPT-002");
    }

    // ---- helpers ----

    private static void collect(CommandLine command, Set<String> withRelease) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--release-to") != null) {
                withRelease.add(sub.getCommandName());
            }
            collect(sub, withRelease);
        }
    }

    /** Runs one command on the store in {@code base} with its own audit log, returning what it printed. */
    private static String runWith(Path base, String command, List<String> args, String audience, String out) {
        List<String> all = new ArrayList<>();
        all.add(command);
        Path outDir = base.resolve(out);
        args.forEach(a -> all.add(a.replace("{out}", outDir.toString())));
        all.add("--release-to");
        all.add(audience);
        String printed = run(base, all.toArray(String[]::new));
        if (Files.isDirectory(outDir)) {
            printed += folderText(outDir);
        }
        return printed;
    }

    private static String run(Path base, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--store");
        all.add(base.resolve("store").toString());
        if (!args[0].equals("find")) {
            all.add("--audit-log");
            all.add(base.resolve("audit.jsonl").toString());
        }
        if (args[0].equals("ingest")) {
            all.add("--rejects");
            all.add(base.resolve("rejects.csv").toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CrimegraphCommand.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return "exit " + code + "\n" + out + err;
    }

    private static String folderText(Path folder) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                text.append("== ").append(file.getFileName()).append('\n')
                        .append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** Leaves out only what differs between any two runs: folders, run ids, today's stamps, hashes, timings. */
    static String normalise(String text) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        return text.replace(plainDir.toString(), "<dir>").replace(overlayDir.toString(), "<dir>")
                .replaceAll("\\d{8}T\\d{6}Z-[0-9a-zA-Z]+", "<run>")
                .replaceAll("(" + today + "|" + yesterday + ")([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?", "<now>")
                .replaceAll("[0-9a-f]{64}", "<sha256>")
                .replaceAll("\\d+(\\.\\d+)? ?(ms|s)\\b", "<time>")
                .replaceAll("\"(projection|analysis|write)\" ?: ?[0-9.Ee-]+", "\"$1\": <time>");
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) {
                return "  line " + (i + 1) + "\n  without: " + l + "\n  with:    " + r;
            }
        }
        return "";
    }
}
