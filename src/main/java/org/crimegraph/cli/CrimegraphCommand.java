package org.crimegraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crimegraph} command: criminal-network link analysis from intelligence reports.
 * Each subcommand is a class of its own; this class wires them and maps failures to the documented
 * {@link ExitCodes}.
 */
@Command(name = "crimegraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
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
                TimelineCommand.class,
                WatchCommand.class,
                AlertsCommand.class,
                SuggestLinksCommand.class,
                DemoCommand.class,
                GenerateCommand.class,
                AuditCommand.class,
                FindCommand.class,
                PathCommand.class,
                NeighboursCommand.class,
                CommonCommand.class,
                ConnectCommand.class,
                CompletionCommand.class,
                ShellCommand.class,
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

    private final Environment environment;

    /** The shell this command line runs in ({@code crimegraph shell}), or null when it runs alone. */
    ShellStore shellStore;

    CrimegraphCommand(Environment environment) {
        this.environment = environment;
    }

    /** The working folder and environment variables the commands see. */
    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams and returns the exit code; used by {@link #main} and tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Environment.system(), args);
    }

    /** Runs the CLI in {@code environment} (working folder, environment variables); returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        return commandLine(out, err, environment).execute(args);
    }

    /** The configured command line. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Environment.system());
    }

    /** The configured command line in {@code environment}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = new CommandLine(new CrimegraphCommand(environment));
        // NO_COLOR (no-color.org): no ANSI styling in help or usage messages
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(environment.colourAllowed()
                ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
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
        return ExitCodes.of(e);
    }
}
