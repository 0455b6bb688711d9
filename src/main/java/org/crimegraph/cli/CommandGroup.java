package org.crimegraph.cli;

/**
 * A command that groups subcommands ({@code audit}, {@code db}, {@code resolve}). Store and audit options
 * given before the subcommand ({@code db --store X status}) reach it through {@link ParentOptions}; the
 * subcommand's own win. Alone, the group prints its usage.
 */
abstract class CommandGroup extends CaseCommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }
}
