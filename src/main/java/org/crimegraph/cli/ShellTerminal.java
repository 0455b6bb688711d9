package org.crimegraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The interactive side of {@code crimegraph shell} (JLine): a prompt with line editing, the private history
 * ({@link ShellHistory}), completion ({@link ShellCompleter}) and Ctrl-C that cancels the running computation
 * ({@link CtrlC#cancelOpen}) instead of ending the shell. Ctrl-C at the prompt clears the line; Ctrl-D,
 * {@code exit} or {@code quit} ends the shell.
 */
final class ShellTerminal {

    /** Commands after which the person ids offered for completion are read again. */
    static final Set<String> CHANGE_PERSONS = Set.of("ingest", "resolve");

    static final String PROMPT = "crimegraph> ";

    private ShellTerminal() {
    }

    /**
     * Reads and runs lines until the user ends the shell; returns the session's exit code.
     *
     * @param personIds reads the person ids for completion (again after {@link #CHANGE_PERSONS})
     * @param history   the history file, or null for none
     */
    static int run(ShellSession session, CommandSpec root, Supplier<List<String>> personIds, ShellHistory history)
            throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("crimegraph").build()) {
            AtomicReference<List<String>> ids = new AtomicReference<>(personIds.get());
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("crimegraph")
                    .parser(session.parser())
                    .completer(new ShellCompleter(root, ids::get))
                    .variable(LineReader.HISTORY_SIZE, ShellHistory.KEEP)
                    .build();
            if (history != null) {
                history.load().forEach(line -> reader.getHistory().add(line));
            }
            terminal.handle(Terminal.Signal.INT, signal -> CtrlC.cancelOpen());
            terminal.writer().printf("crimegraph shell: %d persons; Tab completes commands, options and person ids; "
                    + "exit or Ctrl-D ends.%n", ids.get().size());
            terminal.flush();
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (history != null && !line.isBlank()) {
                    history.append(line);
                }
                ShellSession.Outcome outcome = session.run(line);
                if (outcome == ShellSession.Outcome.EXIT) {
                    break;
                }
                if (outcome == ShellSession.Outcome.RAN && CHANGE_PERSONS.contains(session.lastCommand())) {
                    ids.set(personIds.get());
                }
            }
        }
        return session.status();
    }
}
