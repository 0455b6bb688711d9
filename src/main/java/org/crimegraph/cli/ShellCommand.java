package org.crimegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.app.query.PersonIdsQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crimegraph shell}: opens the store once and runs crimegraph command lines on it, each with the output,
 * exit code and audit line it has alone ({@link ShellLine}), in milliseconds instead of a fresh process's
 * seconds. Interactive on a terminal ({@link ShellTerminal}); otherwise it reads the lines from standard input
 * ({@link ShellSession}), so scripts can pipe commands into it.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Open the store once and run crimegraph commands on it: interactive with history and Tab "
                + "completion of commands, options and person ids, or lines piped on standard input.",
                "Each line is a crimegraph command line without 'crimegraph' (quotes as in sh; # comments and blank "
                        + "lines skipped; exit or quit ends), with the same output, exit code and audit line as alone. "
                        + "Store options are given once, to shell; shell, demo and db migrate do not run inside.",
                "Exit code: that of the last command that failed, 0 if none did (--stop-on-error: the first)."})
final class ShellCommand extends CaseCommand {

    @ParentCommand
    CrimegraphCommand root;

    @Option(names = "--history", paramLabel = "FILE",
            description = "History file of the interactive shell, kept private (default: ~/.crimegraph/shell-history).")
    Path history;

    @Option(names = "--no-history", description = "Keep no history file.")
    boolean noHistory;

    @Option(names = "--stop-on-error", description = "Stop at the first command that fails and exit with its code.")
    boolean stopOnError;

    @Option(names = "--timing", description = "After each command, say on stderr how long it took.")
    boolean timing;

    /** Where piped command lines come from; null: standard input (a test passes its own). */
    InputStream input;

    /** The shell's store, once open (a test reads {@link ShellStore#views}). */
    ShellStore shell;

    @Override
    public Integer call() throws IOException {
        Environment environment = root == null ? Environment.system() : root.environment();
        try (GraphStore store = storeOptions.open()) {
            shell = new ShellStore(store, storeOptions, auditOptions);
            ShellSession session = new ShellSession(shell, environment, out(), err(), stopOnError, timing);
            if (input == null && System.console() != null) {
                ShellHistory file = noHistory ? null
                        : new ShellHistory(history != null ? history : ShellHistory.defaultFile(environment));
                return ShellTerminal.run(session, spec.root(), () -> personIds(store), file);
            }
            InputStream lines = input == null ? System.in : input;
            return session.runAll(new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8)));
        } catch (UncheckedIOException e) {
            err().println("crimegraph: " + e.getMessage());
            err().flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    /** The person ids to complete, as the analyst (every report) sees them; the reading is audited. */
    private List<String> personIds(GraphStore store) {
        PersonIdsQuery.Result result = new PersonIdsQuery(new QueryScope(store, ProjectionFilter.ALL, "GB")).run();
        audit(store, AuditEvent.of("shell").with("personIds", result.ids().size()).release(result.evidence()));
        return result.ids();
    }
}
