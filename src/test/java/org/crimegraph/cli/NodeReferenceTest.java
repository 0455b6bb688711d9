package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.crimegraph.store.SmallCase;
import org.crimegraph.text.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code node} takes any reference {@code find} takes and shows identity and holdings under the release rule;
 * "not found" and "ambiguous" give the same exit codes in every command that takes a person (issue 16).
 * On {@link SmallCase}.
 */
class NodeReferenceTest {

    @TempDir
    static Path dir;

    static LinkQueryRunner runner;

    @BeforeAll
    static void load() throws Exception {
        runner = new LinkQueryRunner(SmallCase.shared(), dir.resolve("audit.jsonl"));
    }

    @Test
    void nodeAcceptsANamePhoneIbanOrRegistration() {
        for (String reference : List.of("Paul Dupont", "07700 900002", "phone:+44 7700 900002")) {
            CliTest.Run run = runner.run(new NodeCommand(), reference, "--threads", "1");
            assertThat(run.code()).as(reference + ": " + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).startsWith("H2  Paul Dupont");
        }
        assertThat(runner.run(new NodeCommand(), "GB82WEST12345698765432", "--threads", "1").out())
                .startsWith("H1  Marie Dupont");
    }

    @Test
    void nodeShowsHoldingsWithTheirReports() throws Exception {
        CliTest.Run table = runner.run(new NodeCommand(), "H1", "--threads", "1");
        assertThat(table.out()).contains("Holdings", "+447700900099", "La Rousse", "Westminster Test Bank",
                "AB12CDE", "Ford Transit", "Rue Haute", "KEEPER_OF", "LIVES_AT");
        JsonNode json = Json.mapper().readTree(runner.run(new NodeCommand(), "H1", "--format", "json",
                "--threads", "1").out());
        assertThat(json.get("holdings")).hasSize(5);
        assertThat(json.get("holdings").get(0).get("kind").asText()).isEqualTo("account");
        assertThat(json.get("holdings").get(0).get("reports").get(0).asText()).isEqualTo("R1");
    }

    @Test
    void aPartnerReleaseNeverShowsARestrictedAliasOrPhone() {
        for (String format : List.of("table", "json")) {
            CliTest.Run run = runner.run(new NodeCommand(), "Marie Dupont", "--release-to", "partner",
                    "--format", format, "--threads", "1");
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("+447700900001").doesNotContain("La Rousse")
                    .doesNotContain("+447700900099").doesNotContain("R2");
        }
    }

    @Test
    void notFoundAndAmbiguousHaveOneExitCodeEach() {
        List<Supplier<StoreQuery>> commands = List.of(NodeCommand::new, PathCommand::new, NeighboursCommand::new,
                CommonCommand::new, ConnectCommand::new);
        for (Supplier<StoreQuery> command : commands) {
            String name = command.get().getClass().getSimpleName();
            CliTest.Run missing = runner.run(command.get(), args(name, "Nobody Atall"));
            assertThat(missing.code()).as(name + " not found: " + missing.err()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).contains("no person matches 'Nobody Atall'");
            CliTest.Run ambiguous = runner.run(command.get(), args(name, "dupont"));
            assertThat(ambiguous.code()).as(name + " ambiguous: " + ambiguous.err()).isEqualTo(ExitCodes.AMBIGUOUS);
            assertThat(ambiguous.out()).contains("H1", "H2");
        }
        assertThat(runner.run(new FindCommand(), "Nobody Atall").code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(ExitCodes.AMBIGUOUS).isNotEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void theExitCodesAreInTheHelp() {
        java.io.StringWriter help = new java.io.StringWriter();
        CrimegraphCommand.commandLine(new java.io.PrintWriter(help), new java.io.PrintWriter(new java.io.StringWriter()))
                .usage(new java.io.PrintWriter(help, true));
        assertThat(help.toString()).contains("6   ambiguous", "or not found: a person reference");
    }

    private static String[] args(String command, String reference) {
        return switch (command) {
            case "NodeCommand", "NeighboursCommand" -> new String[] {reference};
            default -> new String[] {reference, "H3"};
        };
    }
}
