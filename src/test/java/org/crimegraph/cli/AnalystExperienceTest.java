package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.analysis.TargetRanking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst trips over (issue 16), on the sample case in one embedded store: a mistyped or
 * empty store, complete and readable score outputs, diff's parameters first, short usage errors.
 */
class AnalystExperienceTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("case").resolve("store");
        CliTest.Run ingest = CliTest.run("ingest", "sample-data", "--store", store.toString(),
                "--rejects", dir.resolve("rejects.csv").toString(), "--audit-log", dir.resolve("audit.jsonl").toString());
        ingest.ok();
    }

    private static CliTest.Run run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--audit-log";
        all[args.length + 1] = dir.resolve("audit.jsonl").toString();
        return CliTest.run(all);
    }

    @Test
    void aMistypedStoreIsRefusedNamingItAndTheNearestStore() {
        Path typo = dir.resolve("case").resolve("stor");
        CliTest.Run score = run("score", "--store", typo.toString());
        assertThat(score.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(score.err()).contains("no store at " + typo.toAbsolutePath()).contains("did you mean --store " + store);
        assertThat(typo).doesNotExist();
        CliTest.Run node = run("node", "P001", "--store", typo.toString());
        assertThat(node.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(typo).doesNotExist();
    }

    @Test
    void anEmptyStoreIsReportedAsEmptyNotBlamedOnTheFilter() throws Exception {
        Path empty = dir.resolve("empty-store");
        Path header = dir.resolve("reports-only.csv");
        Files.writeString(header, "reportId,source,reliability,credibility,handling,date\n", StandardCharsets.UTF_8);
        run("ingest", header.toString(), "--store", empty.toString(), "--rejects", dir.resolve("r2.csv").toString());
        CliTest.Run score = run("score", "--store", empty.toString());
        assertThat(score.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(score.err()).contains("holds no persons yet: ingest first").doesNotContain("filter");
    }

    @Test
    void everyCommandSaysWhichStoreItOpened() {
        CliTest.Run status = CliTest.run("db", "status", "--store", store.toString());
        assertThat(status.code()).isEqualTo(ExitCodes.OK);
        assertThat(status.err().lines().filter(l -> l.startsWith("crimegraph: using embedded store ")).toList())
                .containsExactly("crimegraph: using embedded store " + store.toAbsolutePath().normalize());
    }

    @Test
    void csvAndJsonListEveryPersonRoundedWithTheScoreBoundedAndDefined() throws Exception {
        CliTest.Run csv = run("score", "--store", store.toString(), "--format", "csv", "--excel", "--threads", "2");
        csv.ok();
        assertThat(csv.out()).startsWith("\uFEFFrank,id,name,score,");
        List<String> rows = csv.out().lines().skip(1).toList();
        assertThat(rows).hasSize(56); // every person of the sample case, not the top 10
        assertThat(csv.out()).doesNotContainPattern("\\.0*[1-9]\\d{6,}"); // six significant digits at most

        CliTest.Run partner = run("score", "--store", store.toString(), "--format", "json", "--release-to", "partner",
                "--threads", "2");
        JsonNode json = new ObjectMapper().readTree(partner.out());
        assertThat(json.get("targets")).hasSize(48);
        assertThat(json.get("scoreDefinition").asText()).isEqualTo(TargetRanking.DEFINITION);
        for (JsonNode t : json.get("targets")) {
            // the partner release scored 1.116 and 1.137 before the score was bounded
            assertThat(t.get("score").asDouble()).isBetween(0.0, 1.0).isLessThan(1.0);
        }

        CliTest.Run table = run("score", "--store", store.toString(), "--top", "3", "--sort", "closeness", "--threads", "2");
        assertThat(table.out()).contains("Sorted by closeness", TargetRanking.DEFINITION, "1 articulation point\n");
        CliTest.Run bad = run("score", "--store", store.toString(), "--sort", "closenes");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("valid: score, degree, strength, betweenness");
    }

    @Test
    void diffStartsWithTheParametersAndWarnsWhenTheyDiffer() {
        assertThat(run("score", "--store", store.toString(), "--save", "--threads", "2", "--key-players", "0").code())
                .isEqualTo(ExitCodes.OK);
        assertThat(run("score", "--store", store.toString(), "--save", "--release-to", "partner", "--seed", "7",
                "--threads", "2", "--key-players", "0").code()).isEqualTo(ExitCodes.OK);
        CliTest.Run diff = CliTest.run("diff", "--store", store.toString()).ok();
        List<String> lines = diff.out().lines().toList();
        assertThat(lines.get(0)).startsWith("WARNING: the two runs were scored under different parameters");
        assertThat(lines.get(1)).isEqualTo("Parameters (earlier -> later):");
        assertThat(diff.out()).containsPattern("evidence rule +all handling codes.*  ->  .*handling code P")
                .containsPattern("seed +1  ->  7").containsPattern("persons scored +56  ->  48")
                .containsPattern("path lengths .*\\(same\\)");
        assertThat(diff.out().indexOf("Parameters")).isLessThan(diff.out().indexOf("Entered the top"));
    }

    @Test
    void aUsageErrorIsShortAndPointsToHelpWithExamples() {
        CliTest.Run bad = run("score", "--no-such-option");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().lines().toList()).hasSizeLessThanOrEqualTo(3)
                .contains("See 'crimegraph help score' for usage and examples.");
        CliTest.Run kind = run("neighbours", "P039", "--store", store.toString(), "--kinds", "phone");
        assertThat(kind.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(kind.err()).contains("unknown evidence kind 'phone'; valid: associate, call,");
        for (String command : CommandExamples.EXAMPLES.keySet()) {
            CliTest.Run help = CliTest.run(command, "--help");
            long examples = help.out().lines().filter(l -> l.startsWith("  crimegraph " + command)).count();
            assertThat(help.out()).as(command).contains("Examples:");
            assertThat(examples).as(command).isGreaterThanOrEqualTo(1);
        }
        assertThat(CommandExamples.EXAMPLES.values()).allSatisfy(list -> assertThat(list).hasSizeBetween(1, 3));
    }

    @Test
    void anUnknownHeaderSuggestsTheClosestTypeAndColumn() throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "persnId,name,dob,nationality,reportId\nP1,A,,,R1\n", StandardCharsets.UTF_8);
        CliTest.Run ingest = run("ingest", file.toString(), "--store", dir.resolve("other").toString(),
                "--rejects", dir.resolve("r3.csv").toString());
        assertThat(ingest.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ingest.err()).contains("did you mean personId (not persnId), type persons?");
    }

    @Test
    void theDemoEndsWithNextStepsOnItsOwnStore() {
        String next = DemoCommand.nextSteps(Path.of("crimegraph-demo", "store"), "bin/crimegraph");
        assertThat(next).contains("CRIMEGRAPH_STORE=crimegraph-demo" + java.io.File.separator + "store")
                .contains("bin/crimegraph node P020 --store crimegraph-demo");
        // in the project's checkout the script; elsewhere (a downloaded jar, an empty folder) no bin/crimegraph
        assertThat(DemoCommand.launcher(new Environment(Path.of("").toAbsolutePath(), java.util.Map.of())))
                .isEqualTo("bin/crimegraph");
        assertThat(DemoCommand.launcher(new Environment(Path.of(System.getProperty("java.io.tmpdir")), java.util.Map.of())))
                .isNotEqualTo("bin/crimegraph");
    }
}
