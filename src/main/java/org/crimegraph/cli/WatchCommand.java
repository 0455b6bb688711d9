package org.crimegraph.cli;

import picocli.CommandLine.Command;

/**
 * {@code crimegraph watch add|remove|list}: the watchlist. Every {@code score --save} then raises alerts when
 * something changes around a watched person ({@link AlertsCommand}; docs/operations.md, Watchlists).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch persons: every saved scoring run raises an alert when something changes around them.",
        subcommands = {WatchAddCommand.class, WatchRemoveCommand.class, WatchListCommand.class})
final class WatchCommand extends CommandGroup {
}
