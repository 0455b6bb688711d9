package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command-line conventions of issue 12: store options at every command level, {@code demo} from
 * any folder, shell completion, {@code NO_COLOR}.
 */
class CliConventionsTest {

    @TempDir
    Path dir;

    @Test
    void storeOptionsAreAcceptedBeforeTheSubcommand() {
        Path store = dir.resolve("store");
        try (GraphStore created = GraphStore.open(new StoreTarget.Embedded(store))) {
            assertThat(created.target().describe()).contains(store.toString());
        }
        CliTest.Run status = run(Environment.system(), "db", "--store", store.toString(), "status");
        assertThat(status.code()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).contains("mode:", "nodes:");
        assertThat(status.err()).contains(store.toString());
        // the subcommand's own option wins over the parent's
        CliTest.Run own = run(Environment.system(), "db", "--store", dir.resolve("nowhere").toString(), "status",
                "--store", store.toString());
        assertThat(own.code()).as(own.err()).isEqualTo(ExitCodes.OK);
        CliTest.Run verify = run(Environment.system(), "audit", "--store", store.toString(), "verify");
        assertThat(verify.code()).as(verify.err()).isEqualTo(ExitCodes.OK);
        assertThat(verify.out()).contains(store.resolve("audit.jsonl").toString());
        CliTest.Run history = run(Environment.system(), "resolve", "--store", store.toString(), "history");
        assertThat(history.code()).as(history.err()).isEqualTo(ExitCodes.OK);
        assertThat(history.out()).contains("no decisions");
        // and a missing store named on the parent is refused as a missing store, not as a usage error
        CliTest.Run missing = run(Environment.system(), "db", "--store", dir.resolve("nowhere").toString(), "status");
        assertThat(missing.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
    }

    @Test
    void theDemoRunsFromAnEmptyFolderOnTheBundledSampleCase() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliTest.Run demo = run(new Environment(empty, Map.of()), "demo", "--analyst", "Anywhere");
        assertThat(demo.code()).as(demo.err()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("== 1. Ingest the bundled sample case", "Person network: 56 persons",
                "7 components (largest 49)");
        Path workdir = empty.resolve("crimegraph-demo");
        assertThat(workdir.resolve("exports/internal/nodes.csv")).isRegularFile();
        assertThat(workdir.resolve("exports/partner/network.graphml")).isRegularFile();
        assertThat(workdir.resolve("audit.jsonl")).isRegularFile();
        // the extracted copy of the sample case is gone, and nothing else was written in the folder
        try (Stream<Path> children = Files.list(empty)) {
            assertThat(children).containsExactly(workdir);
        }
    }

    @Test
    void completionPrintsABashAndZshScriptForEveryCommand() {
        CliTest.Run completion = run(Environment.system(), "completion");
        assertThat(completion.code()).isEqualTo(ExitCodes.OK);
        assertThat(completion.out()).contains("complete -F", "bashcompinit", "crimegraph")
                .contains("score", "export", "disrupt", "demo", "db", "status", "audit", "verify", "--store", "--release-to");
    }

    @Test
    void noColorTurnsStylingOff() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine plain = CrimegraphCommand.commandLine(sink, sink, new Environment(dir, Map.of("NO_COLOR", "1")));
        assertThat(plain.getColorScheme().ansi()).isEqualTo(CommandLine.Help.Ansi.OFF);
        assertThat(plain.getSubcommands().get("score").getColorScheme().ansi()).isEqualTo(CommandLine.Help.Ansi.OFF);
        // an empty NO_COLOR does not count (no-color.org)
        CommandLine usual = CrimegraphCommand.commandLine(sink, sink, new Environment(dir, Map.of("NO_COLOR", "")));
        assertThat(usual.getColorScheme().ansi()).isEqualTo(CommandLine.Help.Ansi.AUTO);
        CliTest.Run help = run(new Environment(dir, Map.of("NO_COLOR", "1")), "score", "--help");
        assertThat(help.out()).contains("--release-to").doesNotContain("\u001b[", "\\u001b[");
    }

    private static CliTest.Run run(Environment environment, String... args) {
        return CliTest.capture((o, e) -> CrimegraphCommand.run(o, e, environment, args));
    }
}
