package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * One command line inside {@code crimegraph shell}: parsed by a fresh {@link CrimegraphCommand} command line (no
 * option of one line reaches the next), run on the shell's open store with the shell's streams, with the exit
 * code, messages and audit line it has when run alone. Commands that need a store of their own, and store
 * options (the shell's store is the one store), are refused as usage errors before anything runs.
 */
final class ShellLine {

    /** Commands that cannot run inside the shell, with the reason shown. */
    static final Map<String, String> REFUSED = Map.of(
            "shell", "already in the shell",
            "demo", "demo builds a store of its own: run it outside the shell",
            "db migrate", "db migrate needs the store to itself: leave the shell first");

    /** Options the shell takes once for all its commands. */
    static final List<String> SHELL_WIDE = List.of("--store", "--uri", "--user", "--database");

    private ShellLine() {
    }

    /** Runs {@code args} (without a leading "crimegraph") on the shell's store; returns the exit code. */
    static int run(ShellStore shell, Environment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = CrimegraphCommand.commandLine(out, err, environment);
        ((CrimegraphCommand) cli.getCommand()).shellStore = shell;
        CommandLine.IExecutionStrategy standard = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> {
            refuse(parsed);
            return standard.execute(parsed);
        });
        return cli.execute(args);
    }

    /** Throws a usage error for a refused command or a store option; help requests always pass. */
    private static void refuse(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
                return;
            }
        }
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            CommandLine command = level.commandSpec().commandLine();
            String name = qualified(level);
            if (REFUSED.containsKey(name)) {
                throw new CommandLine.ParameterException(command, name + " cannot run in the shell: " + REFUSED.get(name));
            }
            for (String option : SHELL_WIDE) {
                if (level.hasMatchedOption(option)) {
                    throw new CommandLine.ParameterException(command, option + " is set once for the whole shell "
                            + "(crimegraph shell " + option + " …): every command in it works on the shell's store");
                }
            }
        }
    }

    /** "db migrate" for the subcommand migrate of db; "" for the root. */
    private static String qualified(ParseResult level) {
        String qualified = level.commandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }
}
