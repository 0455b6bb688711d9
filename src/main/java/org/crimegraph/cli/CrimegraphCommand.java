package org.crimegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.crimegraph.ingest.InputFileException;
import org.crimegraph.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crimegraph} command: criminal-network link analysis from intelligence reports.
 * Each subcommand is a class of its own; this class wires them and maps failures to the documented
 * {@link ExitCodes}.
 */
@Command(name = "crimegraph",
        mixinStandardHelpOptions = true,
        versionProvider = CrimegraphCommand.Version.class,
        description = "Criminal-network link analysis: load intelligence reports into a graph, find the key targets, export for investigators.",
        subcommands = {
                DbCommand.class,
                IngestCommand.class,
                ResolveCommand.class,
                ScoreCommand.class,
                NodeCommand.class,
                CommunitiesCommand.class,
                ExportCommand.class,
                RunsCommand.class,
                DiffCommand.class,
                ReportCommand.class,
                DisruptCommand.class,
                DemoCommand.class,
                GenerateCommand.class,
                AuditCommand.class,
                FindCommand.class,
                PathCommand.class,
                NeighboursCommand.class,
                CommonCommand.class,
                ConnectCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (a bug; please report it)",
                "2:usage error (wrong options or arguments)",
                "3:bad input data (unreadable file, unknown header, too many rejected rows), or not found: a person "
                        + "reference that matches no one",
                "4:store unavailable (server unreachable, bad credentials, store folder in use, store needs 'db migrate')",
                "5:busy (score --save: another scoring run holds the store's run lock or the store folder)",
                "6:ambiguous: a person reference matches several persons (they are listed; use an id)"
        })
public final class CrimegraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams and returns the exit code; used by {@link #main} and tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CrimegraphCommand());
        // one place for every command's output: case data never reaches the terminal raw
        cli.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter stderr = commandLine.getErr();
            int code = exitCodeFor(e);
            if (code == ExitCodes.SOFTWARE) {
                e.printStackTrace(stderr);
            }
            stderr.println("crimegraph: " + e.getMessage());
            if (code == ExitCodes.USAGE) {
                stderr.println(CommandExamples.pointer(commandLine));
            }
            stderr.flush();
            return code;
        });
        // a usage error: the error and where to read more, not 50 lines of usage that scroll it away
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter stderr = failed.getErr();
            stderr.println("crimegraph: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, stderr);
            stderr.println(CommandExamples.pointer(failed));
            stderr.flush();
            return ExitCodes.USAGE;
        });
        CommandExamples.install(cli);
        return cli;
    }

    static int exitCodeFor(Throwable e) {
        if (e instanceof org.crimegraph.analysis.ComputationCancelledException) {
            return ExitCodes.INTERRUPTED;
        }
        if (e instanceof org.crimegraph.store.RunLockedException) {
            return ExitCodes.BUSY;
        }
        if (e instanceof StoreUnavailableException) {
            return ExitCodes.STORE_UNAVAILABLE;
        }
        if (e instanceof org.crimegraph.app.query.UnresolvedReference unresolved) {
            return ExitCodes.of(unresolved);
        }
        if (e instanceof InputFileException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof CommandLine.ParameterException || e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.SOFTWARE;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = CrimegraphCommand.class.getResourceAsStream("/crimegraph-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"crimegraph " + properties.getProperty("version", "unknown"),
                    "JVM: ${java.version} (${java.vendor})", "Neo4j embedded: 5.26 Community"};
        }
    }
}
