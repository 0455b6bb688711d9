package org.crimegraph.cli;

import picocli.CommandLine.Command;

/**
 * {@code crimegraph resolve list|scan|confirm|reject|undo|history}: the analyst's side of entity
 * resolution. Candidates are found at every ingest (and by {@code scan}); nothing is merged until an
 * analyst confirms, and every decision records who and when and can be undone. Each subcommand is a
 * class of its own ({@link ResolveSubcommand} holds what they share; the three decisions are {@link ResolveDecision}).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Entity resolution: list possible duplicate persons, confirm or reject them, undo a decision.",
        subcommands = {ResolveListCommand.class, ResolveScanCommand.class, ResolveDecision.Confirm.class,
                ResolveDecision.Reject.class, ResolveDecision.Undo.class, ResolveHistoryCommand.class})
final class ResolveCommand extends CommandGroup {
}
