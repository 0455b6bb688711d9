package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/** The shell's completion from the picocli model, and its private history file. */
class ShellCompleterTest {

    static final CommandSpec ROOT = CrimegraphCommand.commandLine(new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter())).getCommandSpec();

    static final List<String> IDS = List.of("P001", "P002", "P039");

    /** The candidates offered with the cursor at the end of {@code line}. */
    static List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter(ROOT, () -> IDS).complete(null,
                new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandsSubcommandsAndBuiltInsAtTheStartOfALine() {
        assertThat(complete("")).contains("node", "path", "score", "db", "shell", "exit", "quit");
        assertThat(complete("resolve ")).contains("confirm", "reject", "undo", "list").doesNotContain("node");
    }

    @Test
    void theOptionsOfTheCommandBeingTyped() {
        assertThat(complete("node P001 --")).contains("--format", "--release-to", "--store")
                .doesNotContain("--k", "--window");
        assertThat(complete("path P001 P039 -")).contains("--k", "--weighted");
    }

    @Test
    void personIdsForPersonArgumentsAndForAround() {
        assertThat(complete("node ")).containsAll(IDS);
        assertThat(complete("path P001 ")).containsAll(IDS);
        assertThat(complete("resolve confirm ")).containsAll(IDS);
        assertThat(complete("export --around ")).containsExactlyElementsOf(IDS);
        assertThat(complete("score ")).doesNotContainAnyElementsOf(IDS);
        assertThat(complete("node --format ")).doesNotContainAnyElementsOf(IDS); // an option value, not a person
    }

    @Test
    void fixedChoicesOfAnOption() {
        assertThat(complete("node P001 --release-to ")).containsExactlyInAnyOrder("internal", "partner");
    }

    @Test
    void theHistoryIsPrivateKeepsTheLastLinesAndOneLinePerEntry(@TempDir Path dir) throws IOException {
        ShellHistory history = new ShellHistory(dir.resolve("home/.crimegraph/shell-history"));
        assertThat(history.load()).isEmpty();
        history.append("node P001");
        history.append("find \"kevin\ndubois\"");
        assertThat(history.load()).containsExactly("node P001", "find \"kevin dubois\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.file().getParent())))
                .isEqualTo("rwx------");
        for (int i = 0; i < 2 * ShellHistory.KEEP; i++) {
            history.append("node P" + i);
        }
        List<String> kept = history.load();
        assertThat(kept).hasSize(ShellHistory.KEEP).endsWith("node P" + (2 * ShellHistory.KEEP - 1));
        assertThat(Files.readAllLines(history.file())).hasSize(ShellHistory.KEEP); // cut back to what is kept
    }

    @Test
    void theDefaultHistoryIsInTheUsersCrimegraphFolder() {
        Environment environment = new Environment(Path.of(""), java.util.Map.of("HOME", "/home/analyst"));
        assertThat(ShellHistory.defaultFile(environment)).isEqualTo(Path.of("/home/analyst/.crimegraph/shell-history"));
    }
}
