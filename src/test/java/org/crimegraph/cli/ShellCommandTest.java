package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;
import org.crimegraph.cli.CliTest.Run;

/**
 * {@code crimegraph shell} on the ingested sample case: command lines piped into it print what each prints alone,
 * end with the exit code each has alone, write the audit lines each writes alone, on a store opened once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellCommandTest extends IngestedCaseTest {

    /** The commands, as typed in the shell (line numbers in {@link #SCRIPT}: 1, 4, 6, 7, 8). */
    static final List<List<String>> COMMANDS = List.of(
            List.of("node", "P020"),
            List.of("find", "kevin dubois"),
            List.of("path", "P001", "P039", "--format", "json"),
            List.of("node", "P999"),
            List.of("neighbours", "P039", "--hops", "2"));

    static final String SCRIPT = """
            node P020
            # the analyst's notes: skipped
               \s
            find "kevin dubois"
            demo
            crimegraph path P001 P039 --format json
            node P999
            neighbours P039 --hops 2   # two steps out
            exit
            node P001
            """;

    static final int[] LINES = {1, 4, 6, 7, 8};

    static final List<Run> alone = new ArrayList<>();
    static List<String> aloneActions;

    @BeforeAll
    static void load() throws Exception {
        ingest(Path.of("sample-data"));
        int before = actions().size();
        try (AutoCloseable shared = store.share()) {
            for (List<String> command : COMMANDS) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of("--store", db().toString(), "--analyst", "Shell Tester"));
                alone.add(run(args.toArray(String[]::new)));
            }
        }
        List<String> all = actions();
        aloneActions = List.copyOf(all.subList(before, all.size()));
        closeStore(); // the shell opens the store itself
    }

    static Path db() {
        return dir.resolve("db");
    }

    static Run run(String... args) {
        return shell(null, args);
    }

    /** Runs the CLI; with {@code input}, {@code shell} reads its lines from it. */
    static Run shell(String input, String... args) {
        return CliTest.capture((o, e) -> {
            CommandLine cli = CrimegraphCommand.commandLine(o, e, Environment.system());
            ShellCommand shell = cli.getSubcommands().get("shell").getCommand();
            if (input != null) {
                shell.input = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
            }
            int code = cli.execute(args);
            if (input != null && shell.shell != null) {
                e.println("views: " + shell.shell.views());
            }
            return code;
        });
    }

    /** The actions of the store's own audit log, in order. */
    static List<String> actions() throws IOException {
        Path log = db().resolve("audit.jsonl");
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> actions = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            JsonNode entry = JSON.readTree(line);
            actions.add(entry.get("action").asText() + " by " + entry.get("analyst").asText());
        }
        return actions;
    }

    @Test
    @Order(1)
    void pipedCommandsPrintExitAndAuditAsEachDoesAloneOnAStoreOpenedOnce() throws Exception {
        assertThat(alone.stream().map(Run::code)).containsExactly(ExitCodes.OK, ExitCodes.OK, ExitCodes.OK,
                ExitCodes.NOT_FOUND, ExitCodes.OK);
        int before = actions().size();

        Run shell = shell(SCRIPT, "shell", "--store", db().toString(), "--analyst", "Shell Tester");

        assertThat(shell.out()).isEqualTo(String.join("", alone.stream().map(Run::out).toList()));
        assertThat(shell.code()).as(shell.err()).isEqualTo(ExitCodes.NOT_FOUND); // the last command that failed
        for (int i = 0; i < COMMANDS.size(); i++) {
            String failed = "crimegraph shell: line " + LINES[i] + ": " + COMMANDS.get(i).get(0) + " ended with exit code ";
            if (alone.get(i).code() == 0) {
                assertThat(shell.err()).doesNotContain("line " + LINES[i] + ":");
            } else {
                assertThat(shell.err()).contains(failed + alone.get(i).code());
            }
            for (String message : alone.get(i).err().lines().toList()) {
                assertThat(shell.err()).contains(message);
            }
        }
        assertThat(shell.err()).contains("crimegraph: demo cannot run in the shell",
                "crimegraph shell: line 5: demo ended with exit code 2");
        assertThat(shell.err()).doesNotContain("line 10"); // after exit
        List<String> all = actions();
        assertThat(all.subList(before, all.size())).isEqualTo(aloneActions);
        // a reference that matches no one (node P999) is audited by no command, alone or in the shell
        assertThat(aloneActions).containsExactly("node by Shell Tester", "find by Shell Tester", "path by Shell Tester",
                "neighbours by Shell Tester");
        // one store for the shell, one view of it for each of the five commands
        assertThat(shell.err().lines().filter(l -> l.startsWith("crimegraph: using embedded store"))).hasSize(6);
        assertThat(shell.err()).contains("views: 5");
    }

    @Test
    @Order(2)
    void storeOptionsRefusedAndUnclosedQuotesAreUsageErrorsAndStopOnErrorStopsAtTheFirst() {
        Run shell = shell("""
                node P020 --store /elsewhere
                find "kevin dubois
                db migrate
                """, "shell", "--store", db().toString());
        assertThat(shell.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(shell.out()).isEmpty();
        assertThat(shell.err()).contains("crimegraph: --store is set once for the whole shell",
                "crimegraph shell: line 2: ", "crimegraph: db migrate cannot run in the shell");
        assertThat(shell.err()).doesNotContain("Exception");

        Run stop = shell("node P999\nnode P020\n", "shell", "--stop-on-error", "--store", db().toString());
        assertThat(stop.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(stop.out()).isEmpty();
        assertThat(stop.err()).contains("views: 1");
    }

    @Test
    @Order(3)
    void anEmptyInputEndsTheShellWithSuccess() {
        Run shell = shell("# nothing to do\n", "shell", "--store", db().toString());
        assertThat(shell.code()).isZero();
        assertThat(Stream.of(shell.out())).containsExactly("");
    }
}
